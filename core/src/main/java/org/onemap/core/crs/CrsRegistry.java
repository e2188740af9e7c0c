package org.onemap.core.crs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.Proj4jException;

/**
 * The coordinate reference systems OneMap understands, named by string ids: {@code "EPSG:n"} for
 * anything in the proj4j EPSG table (WGS84 4326, CGCS2000 4490, Web Mercator 3857, CGCS2000
 * Gauss-Kruger 4491–4554 …) and {@code "GCJ-02"} for the Chinese web-map datum, which is not an EPSG
 * CRS (see {@link Gcj02}).
 *
 * <p>Ids are lenient on input ({@code "epsg:4547"}, {@code "4547"}, {@code "EPSG::4547"},
 * {@code "gcj02"}) and canonical on output ({@code "EPSG:4547"}, {@code "GCJ-02"}). proj4j definitions
 * are looked up once per code and cached as proj.4 parameter strings, which are cheap to turn into
 * thread-confined proj4j objects (see {@link CoordinateTransform}).
 */
public final class CrsRegistry {
    /** WGS84 geographic lon/lat: OneMap's storage CRS. */
    public static final String WGS84 = "EPSG:4326";
    /** CGCS2000 geographic lon/lat (China's national datum, within a metre of WGS84). */
    public static final String CGCS2000 = "EPSG:4490";
    /** Web Mercator (pseudo-Mercator) metres: the display CRS of tiled maps. */
    public static final String WEB_MERCATOR = "EPSG:3857";
    /** GCJ-02 lon/lat, the obfuscated datum of Amap/Tencent maps: a pseudo-CRS handled by {@link Gcj02}. */
    public static final String GCJ02 = "GCJ-02";

    private static final ConcurrentHashMap<Integer, String> PARAMETERS = new ConcurrentHashMap<>();

    private CrsRegistry() {}

    /**
     * The canonical id of {@code id}: {@code "EPSG:n"} or {@code "GCJ-02"}.
     *
     * @throws IllegalArgumentException if the id cannot be read or the EPSG code is not in proj4j's table
     */
    public static String canonical(String id) {
        if (isGcj02(id)) return GCJ02;
        int code = parseCode(id);
        parameters(code); // fails fast on a code proj4j does not know
        return "EPSG:" + code;
    }

    /** True if {@code id} names GCJ-02 or an EPSG code proj4j can build. Never throws. */
    public static boolean isSupported(String id) {
        try {
            canonical(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True for any spelling of GCJ-02 ({@code GCJ-02}, {@code gcj02}, {@code GCJ_02}). */
    public static boolean isGcj02(String id) {
        if (id == null) return false;
        String s = id.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        return s.equals("GCJ02");
    }

    /** The EPSG code of {@code id}, or -1 for GCJ-02. */
    public static int epsgCode(String id) {
        return isGcj02(id) ? -1 : parseCode(canonical(id));
    }

    /** True if coordinates in this CRS are lon/lat degrees (x = longitude, y = latitude). */
    public static boolean isGeographic(String id) {
        if (isGcj02(id)) return true;
        return parameters(parseCode(id)).contains("+proj=longlat");
    }

    /**
     * A human-readable name following the EPSG naming for the CRSs used in China, for pickers and
     * status bars; other codes read as their id.
     */
    public static String displayName(String id) {
        if (isGcj02(id)) return "GCJ-02 (Amap/Tencent)";
        int code = parseCode(id);
        if (code == 4326) return "WGS 84";
        if (code == 4490) return "CGCS2000";
        if (code == 3857) return "WGS 84 / Pseudo-Mercator";
        if (code >= 4491 && code <= 4501) return "CGCS2000 / Gauss-Kruger zone " + (code - 4491 + 13);
        if (code >= 4502 && code <= 4512) return "CGCS2000 / Gauss-Kruger CM " + ((code - 4502) * 6 + 75) + "E";
        if (code >= 4513 && code <= 4533) return "CGCS2000 / 3-degree Gauss-Kruger zone " + (code - 4513 + 25);
        if (code >= 4534 && code <= 4554) return "CGCS2000 / 3-degree Gauss-Kruger CM " + ((code - 4534) * 3 + 75) + "E";
        return "EPSG:" + code;
    }

    /**
     * The CRSs a user in China picks from, in display order: WGS84, CGCS2000, Web Mercator, GCJ-02,
     * then CGCS2000 3° Gauss-Kruger (no prefix, with prefix) and 6° Gauss-Kruger (no prefix, with prefix).
     */
    public static List<String> chinaCrsIds() {
        List<String> ids = new ArrayList<>(List.of(WGS84, CGCS2000, WEB_MERCATOR, GCJ02));
        for (int c = 4534; c <= 4554; c++) ids.add("EPSG:" + c);
        for (int c = 4513; c <= 4533; c++) ids.add("EPSG:" + c);
        for (int c = 4502; c <= 4512; c++) ids.add("EPSG:" + c);
        for (int c = 4491; c <= 4501; c++) ids.add("EPSG:" + c);
        return Collections.unmodifiableList(ids);
    }

    /** proj.4 parameter string of an EPSG id (not GCJ-02), cached after the first lookup. */
    static String proj4Parameters(String id) {
        return parameters(parseCode(id));
    }

    private static String parameters(int code) {
        String cached = PARAMETERS.get(code);
        if (cached != null) return cached;
        String params;
        try {
            // createFromName scans the whole EPSG table: do it once per code
            params = new CRSFactory().createFromName("EPSG:" + code).getParameterString();
        } catch (Proj4jException | IllegalStateException e) {
            throw new IllegalArgumentException("EPSG:" + code + " is not in proj4j's EPSG table: " + e.getMessage(), e);
        }
        if (params == null || params.isBlank()) {
            throw new IllegalArgumentException("EPSG:" + code + " is not in proj4j's EPSG table");
        }
        PARAMETERS.putIfAbsent(code, params);
        return params;
    }

    private static int parseCode(String id) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("no CRS given (expected e.g. EPSG:4326 or GCJ-02)");
        if (isGcj02(id)) throw new IllegalArgumentException("GCJ-02 has no EPSG code");
        String s = id.trim().toUpperCase(Locale.ROOT);
        if (s.startsWith("EPSG:")) s = s.substring(5);
        if (s.startsWith(":")) s = s.substring(1); // URN-ish "EPSG::4547"
        try {
            int code = Integer.parseInt(s.trim());
            if (code <= 0) throw new NumberFormatException();
            return code;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cannot read CRS id '" + id + "' (expected e.g. EPSG:4547 or GCJ-02)");
        }
    }
}
