package uk.toex.crosslink.security.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.SecurityProperties;

/**
 * Trusted documents (persisted queries only): with {@code crosslink.security.trusted-documents.enabled},
 * only documents whose SHA-256 equals that of a file under {@code location} run. Front ends
 * ship exactly those files; anything else is refused before execution.
 */
@Component
public class TrustedDocuments {

    private final boolean enabled;
    private final Set<String> hashes;

    @org.springframework.beans.factory.annotation.Autowired
    public TrustedDocuments(SecurityProperties security) {
        this(security.trustedDocuments().enabled(),
                security.trustedDocuments().enabled() ? load(security.trustedDocuments().location()) : Set.of());
    }

    TrustedDocuments(boolean enabled, Set<String> hashes) {
        this.enabled = enabled;
        this.hashes = Set.copyOf(hashes);
    }

    public boolean allows(String document) {
        return !enabled || (document != null && hashes.contains(DigestUtils.sha256Hex(document)));
    }

    static Set<String> load(String location) {
        Set<String> hashes = new HashSet<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(location)) {
                try (InputStream in = file.getInputStream()) {
                    hashes.add(DigestUtils.sha256Hex(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read trusted documents at " + location, e);
        }
        return hashes;
    }
}
