package org.onemap.core.edit;

/** An edit that cannot produce a valid result; the message tells the planner what to change. */
public class EditException extends RuntimeException {
    public EditException(String message) {
        super(message);
    }

    public EditException(String message, Throwable cause) {
        super(message, cause);
    }
}
