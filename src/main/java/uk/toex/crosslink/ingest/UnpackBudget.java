package uk.toex.crosslink.ingest;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bytes all uploads being unpacked at once may take on disk together
 * ({@code crosslink.ingest.max-unzipped-bytes}, default 4 GiB): a cap per upload alone lets
 * parallel uploads multiply it. An upload claims what it inflates as it goes and gives it back
 * once its folder is deleted.
 */
@Component
public class UnpackBudget {

    private final long max;
    private final AtomicLong used = new AtomicLong();

    public UnpackBudget(@Value("${crosslink.ingest.max-unzipped-bytes:4294967296}") long max) {
        this.max = max;
    }

    public long max() {
        return max;
    }

    /** @return whether {@code bytes} more fit; nothing is claimed when they do not */
    public boolean claim(long bytes) {
        if (used.addAndGet(bytes) > max) {
            used.addAndGet(-bytes);
            return false;
        }
        return true;
    }

    public void release(long bytes) {
        used.addAndGet(-bytes);
    }
}
