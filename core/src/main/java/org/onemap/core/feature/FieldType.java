package org.onemap.core.feature;

/** Attribute types a layer schema can declare; every store maps them to its own SQL types. */
public enum FieldType {
    STRING, INTEGER, LONG, DOUBLE, BOOLEAN, DATE, TIMESTAMP;

    /** Integer, long or double: a type sums and averages add up. */
    public boolean isNumber() { return this == INTEGER || this == LONG || this == DOUBLE; }

    /** The Java value class a feature attribute of this type holds. */
    public Class<?> javaType() {
        return switch (this) {
            case STRING -> String.class;
            case INTEGER -> Integer.class;
            case LONG -> Long.class;
            case DOUBLE -> Double.class;
            case BOOLEAN -> Boolean.class;
            case DATE -> java.time.LocalDate.class;
            case TIMESTAMP -> java.time.Instant.class;
        };
    }
}
