package uk.toex.crosslink.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code --demo} ({@code crosslink.demo.enabled=true}): requests without a token act as the demo
 * analyst of every force and need no {@code X-Purpose}. Outside the demo security is fully on:
 * no token, 401; no purpose, 400.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    public DemoMode(@Value("${crosslink.demo.enabled:false}") boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }
}
