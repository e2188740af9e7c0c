package org.onemap.core.feature;

import java.util.Objects;

/**
 * A simple attribute condition {@code field op value}; a {@link Query} ANDs several. Kept to what every
 * store can translate to SQL or evaluate in memory, so thematic modules never write SQL themselves.
 */
public record AttributeFilter(String field, Op op, Object value) {
    public enum Op { EQ, NE, LT, LE, GT, GE, LIKE, IS_NULL, NOT_NULL }

    public AttributeFilter {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(op, "op");
    }

    public static AttributeFilter eq(String field, Object value) { return new AttributeFilter(field, Op.EQ, value); }

    /** Evaluates this condition on one feature's attributes (used by in-memory sources). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public boolean test(Feature f) {
        Object v = f.get(field);
        switch (op) {
            case IS_NULL: return v == null;
            case NOT_NULL: return v != null;
            default: break;
        }
        if (v == null || value == null) return false;
        if (op == Op.LIKE) {
            String regex = java.util.regex.Pattern.quote(value.toString()).replace("%", "\\E.*\\Q").replace("_", "\\E.\\Q");
            return v.toString().matches(regex);
        }
        int c;
        if (v instanceof Number a && value instanceof Number b) c = Double.compare(a.doubleValue(), b.doubleValue());
        else if (v instanceof Comparable cv && v.getClass().isInstance(value)) c = cv.compareTo(value);
        else c = v.toString().compareTo(value.toString());
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> false;
        };
    }
}
