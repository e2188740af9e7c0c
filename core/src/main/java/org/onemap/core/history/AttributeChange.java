package org.onemap.core.history;

/** One attribute whose value a change replaced: {@code before} → {@code after} (either may be null). */
public record AttributeChange(String field, Object before, Object after) {}
