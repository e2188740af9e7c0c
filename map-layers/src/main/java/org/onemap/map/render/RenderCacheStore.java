package org.onemap.map.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureSource;
import org.onemap.core.workspace.SqlConsole;
import org.onemap.core.workspace.SqlResult;

/**
 * Where render caches of big layers are kept between processes, and the stamp that says whether a
 * stored cache still matches its layer. Only sources that keep an audit log of every feature change
 * (the H2GIS workspace's {@code ONEMAP_AUDIT}, read through {@link SqlConsole}) can say that cheaply,
 * so only they are persisted; any other source is cached in memory only.
 *
 * <p>{@link RenderCacheIndex} remembers which stored caches were found valid for which state of the
 * workspace file, so that a later read-only render can skip opening the database.
 *
 * <p>Folder: system property {@code onemap.renderCache} ({@code off} disables), else
 * {@code $ONEMAP_HOME/cache/render}, else {@code ~/.onemap/cache/render}.
 */
final class RenderCacheStore {
    /** Smaller layers build from the source in well under a second: not worth a file. */
    static final long MIN_FEATURES = 100_000;
    /** System property overriding {@link #MIN_FEATURES} (tests persist small layers with it). */
    static final String MIN_FEATURES_PROPERTY = "onemap.renderCache.minFeatures";

    private RenderCacheStore() {}

    /** Wraps the layer with a cache persisted when the source allows it, in memory otherwise. */
    static CachedFeatureSource cached(DataSource ds, FeatureSource layer, String categoryField) {
        CachedFeatureSource c = CachedFeatureSource.of(layer, categoryField);
        Path dir = folder();
        if (dir == null || !(ds instanceof SqlConsole sql)) return c;
        String key = ds + "\n" + layer.name() + "\n" + categoryField;
        Path file = dir.resolve(sha1(key) + ".omrc");
        return c.persistedIn(file, () -> stamp(sql, layer, key));
    }

    /** The data's identity: layer, schema, count, extent and the audit log's last sequence number; null = unknown. */
    static String stamp(SqlConsole sql, FeatureSource layer, String key) {
        try {
            long count = layer.count(Query.ALL);
            if (count < minFeatures()) return null;
            SqlResult r = sql.sql("SELECT MAX(SEQ) FROM ONEMAP_AUDIT");
            List<List<Object>> rows = r.rows();
            Object seq = rows.isEmpty() || rows.get(0).isEmpty() ? null : rows.get(0).get(0);
            Envelope e = layer.extent();
            return key + "\n" + layer.schema() + "\n" + count + "\n" + e + "\n" + seq;
        } catch (RuntimeException e) {
            return null;   // no audit log here: keep the cache in memory only
        }
    }

    /** The layer extent written into a {@link #stamp}, or null when the stamp has none. */
    static Envelope extentOf(String stamp) {
        String[] lines = stamp.split("\n");
        if (lines.length < 3) return null;
        String e = lines[lines.length - 2];   // Envelope.toString(): Env[minX : maxX, minY : maxY]
        if (!e.startsWith("Env[") || !e.endsWith("]")) return null;
        try {
            String[] xy = e.substring(4, e.length() - 1).split(",");
            String[] x = xy[0].split(":");
            String[] y = xy[1].split(":");
            return new Envelope(Double.parseDouble(x[0].trim()), Double.parseDouble(x[1].trim()),
                    Double.parseDouble(y[0].trim()), Double.parseDouble(y[1].trim()));
        } catch (RuntimeException ex) {
            return null;
        }
    }

    static long minFeatures() {
        return Long.getLong(MIN_FEATURES_PROPERTY, MIN_FEATURES);
    }

    static Path folder() {
        String p = System.getProperty("onemap.renderCache");
        if ("off".equals(p)) return null;
        if (p != null && !p.isBlank()) return Path.of(p);
        String home = System.getenv("ONEMAP_HOME");
        Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".onemap");
        return base.resolve("cache").resolve("render");
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
