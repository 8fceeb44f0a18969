package uk.toex.crosslink.graph;

/** The caller asked for something malformed (an id, a cursor, a page size); the message says what. */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
