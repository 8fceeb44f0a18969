package uk.toex.crosslink.security;

/**
 * A request argument is unusable (bad cursor, page too large...). Its message goes to the
 * caller as a BAD_REQUEST error, so it must name the argument and never quote stored data.
 */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
