package org.disclosurelens.extract;

/**
 * A file that could not be read, with a reason a user can act on. The message says what is
 * wrong and, where there is one, what to do about it; it is what documents.csv shows.
 */
public final class ExtractionException extends Exception {

    /** Why extraction failed; the label appears in documents.csv's message. */
    public enum Reason {
        EMPTY("empty file"),
        ENCRYPTED("encrypted"),
        CORRUPT("corrupt or truncated"),
        UNSUPPORTED("unsupported format"),
        NO_TEXT("no text layer"),
        TOO_LARGE("too large"),
        TIMEOUT("time limit exceeded"),
        UNREADABLE("unreadable"),
        /** A file built to attack its reader (entity expansion, external entities): not read at all. */
        REFUSED("refused as unsafe");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public ExtractionException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ExtractionException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The message as documents.csv shows it: the reason's label, then the explanation. */
    public String userMessage() {
        return reason.label() + ": " + getMessage();
    }
}
