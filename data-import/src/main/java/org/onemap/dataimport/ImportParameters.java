package org.onemap.dataimport;

import java.nio.charset.Charset;
import java.util.Map;
import org.onemap.core.spi.Parameter;

/** The parameter keys importers share, with their metadata (the wizard and the CLI options map to them). */
public final class ImportParameters {
    public static final String SRS = "srs";
    public static final String ENCODING = "encoding";
    public static final String X = "x";
    public static final String Y = "y";
    public static final String JOIN_CODE = "joinCode";
    public static final String JOIN_NAME = "joinName";
    public static final String SHEET = "sheet";

    public static final Parameter SRS_PARAM = Parameter.optional(SRS, String.class, null,
            "source CRS (EPSG:n or GCJ-02) when the file does not say, or to override it");
    public static final Parameter ENCODING_PARAM = Parameter.optional(ENCODING, Charset.class, null,
            "text encoding, overriding .cpg / code-page byte / detection");
    public static final Parameter X_PARAM = Parameter.optional(X, String.class, null, "column holding longitude or Gauss-Kruger easting");
    public static final Parameter Y_PARAM = Parameter.optional(Y, String.class, null, "column holding latitude or Gauss-Kruger northing");
    public static final Parameter JOIN_CODE_PARAM = Parameter.optional(JOIN_CODE, String.class, null,
            "column with 6/9/12-digit admin codes: place rows at the county/township/village");
    public static final Parameter JOIN_NAME_PARAM = Parameter.optional(JOIN_NAME, String.class, null,
            "column with village (else township/county) names: place rows there");
    public static final Parameter SHEET_PARAM = Parameter.optional(SHEET, String.class, null, "only this sheet (default: every non-empty sheet)");

    private ImportParameters() {}

    /** The string value of {@code key}, or null when missing or blank. */
    public static String string(Map<String, ?> params, String key) {
        Object v = params == null ? null : params.get(key);
        if (v == null) return null;
        String s = v.toString().trim();
        return s.isEmpty() ? null : s;
    }

    /** The charset of {@link #ENCODING} (a Charset or its name), or null. */
    public static Charset charset(Map<String, ?> params) {
        Object v = params == null ? null : params.get(ENCODING);
        if (v instanceof Charset c) return c;
        String s = string(params, ENCODING);
        if (s == null) return null;
        try {
            return Charset.forName(s);
        } catch (IllegalArgumentException e) {
            throw new ImportException("unknown encoding '" + s + "' (try UTF-8, GBK, GB18030)");
        }
    }
}
