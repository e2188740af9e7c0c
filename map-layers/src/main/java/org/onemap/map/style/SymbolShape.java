package org.onemap.map.style;

/** The outline of a point symbol. */
public enum SymbolShape {
    CIRCLE, SQUARE, TRIANGLE, DIAMOND
}
