package org.onemap.map.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.GeometryKind;
import org.onemap.map.style.DefaultStyles;

/**
 * Lets a read-only render skip opening the workspace database. After a render through the database,
 * {@link #remember} notes, per layer, which stored render cache was found valid (its content stamp:
 * count, extent, audit sequence …) while the database file had a given <em>token</em> (its size and
 * modification time, taken before the database was opened). A later render whose token is the same
 * — nothing at all was written to the file since — gets the layers back from {@link #layers} drawing
 * from those cache files alone. Any write (an edit, {@code onemap sql}, an import, a schema change)
 * changes the file and so the token: the next render goes through the database again, which re-checks
 * the content stamps and rebuilds a cache whose data changed.
 *
 * <p>One small properties file per workspace in {@link RenderCacheStore#folder()}, replaced atomically.
 */
public final class RenderCacheIndex {
    private RenderCacheIndex() {}

    /**
     * Remembers the layers whose caches are stored and match what was drawn, for the workspace
     * {@code workspaceKey} (e.g. its folder) in the file state {@code token}. Best effort: an index
     * that cannot be written only means the next render opens the database.
     */
    public static void remember(String workspaceKey, String token, List<RenderLayer> layers) {
        Path index = indexFile(workspaceKey);
        if (index == null || token == null) return;
        Properties p = new Properties();
        p.setProperty("workspace", workspaceKey);
        p.setProperty("token", token);
        Properties old = load(index);
        if (old != null && token.equals(old.getProperty("token"))) p.putAll(old);   // same state: keep other layers' entries
        int added = 0;
        for (RenderLayer l : layers) {
            if (!(l.source() instanceof CachedFeatureSource c) || c.file() == null) continue;
            String stamp = c.storedStamp();
            if (stamp == null) continue;
            Envelope e = RenderCacheStore.extentOf(stamp);   // as the stamp saw it, without another query
            if (e == null) e = c.extent();
            if (e == null) continue;
            String k = "layer." + l.name() + ".";
            p.setProperty(k + "file", c.file().toString());
            p.setProperty(k + "stamp", stamp);
            p.setProperty(k + "kind", c.schema().geometryType().name());
            p.setProperty(k + "srid", Integer.toString(c.schema().srid()));
            p.setProperty(k + "category", c.categoryField() == null ? "" : c.categoryField());
            p.setProperty(k + "generated", Boolean.toString(l.generated()));
            p.setProperty(k + "extent", e.getMinX() + "," + e.getMinY() + "," + e.getMaxX() + "," + e.getMaxY());
            added++;
        }
        if (added == 0 && old != null && token.equals(old.getProperty("token"))) return;
        try {
            Files.createDirectories(index.getParent());
            Path tmp = Files.createTempFile(index.getParent(), index.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "OneMap render caches valid for one state of a workspace file");
            }
            Files.move(tmp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // not remembered: the next render opens the database, as without the index
        }
    }

    /**
     * The named layers with their default styles, drawing from stored caches, sorted bottom to top as
     * {@link RenderLayers#of(org.onemap.core.spi.DataSource, List)} sorts them, when every one of them
     * was remembered for this very {@code token} and its cache file loads; otherwise empty (open the
     * database). The caches are loaded before this returns.
     */
    public static Optional<List<RenderLayer>> layers(String workspaceKey, String token, List<String> names) {
        return layers(workspaceKey, token, names, null);
    }

    /**
     * As {@link #layers(String, String, List)} for one render of the lon/lat box {@code window} (null:
     * any view): only the stored blocks of features meeting it are loaded ({@link CachedFeatureSource#within}).
     */
    public static Optional<List<RenderLayer>> layers(String workspaceKey, String token, List<String> names, Envelope window) {
        Path index = indexFile(workspaceKey);
        if (index == null || token == null || names.isEmpty()) return Optional.empty();
        Properties p = load(index);
        if (p == null || !token.equals(p.getProperty("token")) || !workspaceKey.equals(p.getProperty("workspace"))) {
            return Optional.empty();
        }
        List<RenderLayer> out = new ArrayList<>();
        try {
            for (String name : names) {
                RenderLayer l = stored(p, name, window);
                if (l == null) return Optional.empty();
                out.add(l);
            }
            for (RenderLayer l : out) ((CachedFeatureSource) l.source()).warm();
        } catch (RuntimeException e) {
            return Optional.empty();   // a missing, stale or damaged file: let the database say what is true
        }
        out.sort(Comparator.comparingInt(l -> DefaultStyles.drawRank(l.name(), l.source().schema().geometryType())));
        return Optional.of(out);
    }

    private static RenderLayer stored(Properties p, String name, Envelope window) {
        String k = "layer." + name + ".";
        String file = p.getProperty(k + "file");
        String stamp = p.getProperty(k + "stamp");
        if (file == null || stamp == null) return null;
        GeometryKind kind = GeometryKind.valueOf(p.getProperty(k + "kind"));
        String[] e = p.getProperty(k + "extent").split(",");
        Envelope extent = new Envelope(Double.parseDouble(e[0]), Double.parseDouble(e[2]),
                Double.parseDouble(e[1]), Double.parseDouble(e[3]));
        StoredLayerSource source = new StoredLayerSource(name, kind, Integer.parseInt(p.getProperty(k + "srid")), extent);
        String category = p.getProperty(k + "category", "");
        RenderLayer plain = RenderLayer.of(source).withGenerated(Boolean.parseBoolean(p.getProperty(k + "generated")));
        String styleField = plain.style().categories() != null ? plain.style().categories().field() : null;
        // the cache keeps one category per feature: it must be the one today's default style colours by
        if (!java.util.Objects.equals(styleField, category.isEmpty() ? null : category)) return null;
        CachedFeatureSource cached = CachedFeatureSource.of(source, styleField).persistedIn(Path.of(file), () -> stamp);
        if (window != null) cached = cached.within(window);
        return plain.withSource(cached);
    }

    private static Properties load(Path index) {
        if (!Files.isRegularFile(index)) return null;
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(index)) {
            p.load(in);
            return p;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Path indexFile(String workspaceKey) {
        Path dir = RenderCacheStore.folder();
        if (dir == null || workspaceKey == null) return null;
        return dir.resolve("workspace-" + sha1(workspaceKey) + ".properties");
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
