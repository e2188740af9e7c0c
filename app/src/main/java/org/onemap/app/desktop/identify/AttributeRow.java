package org.onemap.app.desktop.identify;

/** One line of the identify panel: field label (名称) and value text. */
public record AttributeRow(String field, String label, String value) {
}
