package uk.toex.crosslink.investigations;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crosslink.investigations.*}: where analysts' own files are, and how runs are bounded.
 *
 * @param dir     folder whose {@code .cypher} files join the shipped catalogue (none by default)
 * @param strict  refuse to start when any file is refused (default: leave it out and log it)
 * @param timeout longest a run may take, the caller's view included; the store stops it then
 * @param maxRows most rows a run returns; more are cut off and the result says {@code truncated}
 */
@ConfigurationProperties("crosslink.investigations")
public record InvestigationsProperties(Path dir, @DefaultValue("false") boolean strict,
                                       @DefaultValue("30s") Duration timeout, @DefaultValue("10000") int maxRows) {
}
