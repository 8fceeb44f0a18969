package uk.toex.crosslink.graph;

import uk.toex.crosslink.security.BadRequestException;

/** The caller asked for something malformed (an id, a cursor, a page size); the message says what. */
public class InvalidInputException extends BadRequestException {

    public InvalidInputException(String message) {
        super(message);
    }
}
