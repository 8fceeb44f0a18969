package uk.toex.crosslink.investigations;

import org.springframework.security.access.AccessDeniedException;

/** The caller holds none of the roles an investigation declares. */
public class InvestigationNotAllowedException extends AccessDeniedException {

    public InvestigationNotAllowedException(String message) {
        super(message);
    }
}
