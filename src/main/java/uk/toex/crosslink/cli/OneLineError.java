package uk.toex.crosslink.cli;

/** One line for stderr: what went wrong and where, without a stack trace. */
final class OneLineError {

    private OneLineError() {
    }

    static String of(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replace('\n', ' ').replace('\r', ' ');
    }
}
