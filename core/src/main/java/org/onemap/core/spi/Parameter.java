package org.onemap.core.spi;

import java.util.Objects;

/**
 * A typed parameter a provider (data source, importer) declares, so UIs such as the connection dialog
 * and the import wizard are generated from metadata instead of hand-built per format (GeoTools idea).
 *
 * @param key      the map key in the parameter map
 * @param type     value class (String, Integer, Boolean, java.nio.file.Path, java.nio.charset.Charset …)
 * @param defaultValue value used when the caller gives none; may be null
 * @param required whether open fails without it
 * @param secret   a password or token: never stored in plain text, masked in UIs
 * @param help     one line shown as a tooltip / in {@code --help}
 */
public record Parameter(String key, Class<?> type, Object defaultValue, boolean required, boolean secret, String help) {
    public Parameter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
    }

    public static Parameter required(String key, Class<?> type, String help) {
        return new Parameter(key, type, null, true, false, help);
    }

    public static Parameter optional(String key, Class<?> type, Object defaultValue, String help) {
        return new Parameter(key, type, defaultValue, false, false, help);
    }
}
