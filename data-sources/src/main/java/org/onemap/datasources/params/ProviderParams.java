package org.onemap.datasources.params;

import java.nio.file.Path;
import java.util.Map;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.Parameter;

/**
 * The parameter map given to one provider's {@code open}, read the same way by every provider: a
 * missing value falls back to the parameter's default, and a value of the wrong kind fails with a
 * {@link DataSourceException} naming the parameter and the data source (the map comes from dialogs,
 * the command line and workspace.json, so values may be typed objects or text).
 */
public final class ProviderParams {
    private final String source;
    private final Map<String, ?> params;

    /** @param source the provider's id, as messages name it */
    public ProviderParams(String source, Map<String, ?> params) {
        this.source = source;
        this.params = params;
    }

    /** The value given for {@code p}, else its default (null when it has none). */
    public Object value(Parameter p) {
        Object v = params.get(p.key());
        return v == null ? p.defaultValue() : v;
    }

    /** {@link #value} as text; null stays null. */
    public String text(Parameter p) {
        Object v = value(p);
        return v == null ? null : v.toString();
    }

    /** The value given for {@code p}; fails when there is none, saying {@code what} it is when not null. */
    public Object required(Parameter p, String what) {
        Object v = params.get(p.key());
        if (v == null) throw new DataSourceException("the " + source + " data source needs a '" + p.key() + "'" + (what == null ? "" : ": " + what));
        return v;
    }

    /** As {@link #required} for a file or folder, given as a path or as text. */
    public Path path(Parameter p, String what) {
        Object v = required(p, what);
        return v instanceof Path path ? path : Path.of(v.toString());
    }

    /** A true/false value, given as a boolean or as the text true or false (any case). */
    public boolean flag(Parameter p) {
        Object v = value(p);
        if (v instanceof Boolean b) return b;
        String s = v.toString().trim();
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) return Boolean.parseBoolean(s);
        throw invalid(p, "true or false", v);
    }

    /** A whole number, given as a number (its int value) or as text. */
    public int whole(Parameter p) {
        Object v = value(p);
        if (v instanceof Number n) return n.intValue();
        try {
            return Integer.parseInt(v.toString().trim());
        } catch (NumberFormatException e) {
            throw invalid(p, "a whole number", v);
        }
    }

    /** A password or token, given as characters (kept as they are) or as text. */
    public char[] secret(Parameter p) {
        Object v = value(p);
        return v instanceof char[] c ? c : v == null ? null : v.toString().toCharArray();
    }

    private DataSourceException invalid(Parameter p, String expected, Object v) {
        return new DataSourceException("parameter '" + p.key() + "' of the " + source + " data source must be " + expected + ", got '" + v + "'");
    }
}
