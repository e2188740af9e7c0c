package org.onemap.core.history;

/** What a change did to a feature. */
public enum ChangeOp {
    INSERT, UPDATE, DELETE;

    /** The operation as audit logs spell it ({@code insert}, {@code update}, {@code delete}). */
    public static ChangeOp parse(String op) {
        return valueOf(op.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
