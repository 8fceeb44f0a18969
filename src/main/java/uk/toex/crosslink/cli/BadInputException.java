package uk.toex.crosslink.cli;

/** Input named on the command line is unusable: exit code 2. */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }
}
