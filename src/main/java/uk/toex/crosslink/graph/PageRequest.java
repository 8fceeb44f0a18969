package uk.toex.crosslink.graph;

/**
 * A forward page of a list: at most {@code first} edges after the cursor {@code after} (null for the
 * first page). Page sizes are bounded so that no request can pull a whole list.
 */
public record PageRequest(int first, String after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (first < 0 || first > MAX_SIZE) {
            throw new InvalidInputException("first must be between 0 and " + MAX_SIZE);
        }
    }

    public static PageRequest of(Integer first, String after) {
        return new PageRequest(first == null ? DEFAULT_SIZE : first, after);
    }
}
