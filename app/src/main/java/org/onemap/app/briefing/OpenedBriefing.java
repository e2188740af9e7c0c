package org.onemap.app.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.DataSource;

/**
 * A {@code .onemap-brief} opened from the file alone (no workspace, no network), after checking it:
 * every entry is read and hashed and must match the manifest exactly (no entry added, removed or
 * changed). The packaged layers are loaded into memory as a read-only-in-spirit {@link DataSource}
 * over which {@link SlideRenderer} draws each slide. Checksums detect damage and naive edits, not a
 * forger who also rewrites the manifest (that needs a signature).
 */
public final class OpenedBriefing {
    private final Path file;
    private final Briefing briefing;
    private final String createdBy;
    private final Instant createdAt;
    private final String createdWith;
    private final int entries;
    private final Map<String, byte[]> content;
    private final MemoryDataSource data = new MemoryDataSource();

    private OpenedBriefing(Path file, Briefing briefing, JsonNode manifest, Map<String, byte[]> content) throws IOException {
        this.file = file;
        this.briefing = briefing;
        JsonNode c = manifest.path("created");
        this.createdBy = c.path("by").asText("");
        this.createdAt = Instant.parse(c.path("at").asText());
        this.createdWith = c.path("app").asText("");
        this.entries = content.size();
        this.content = content;
        for (Map.Entry<String, byte[]> e : content.entrySet()) {
            if (!e.getKey().startsWith("data/")) continue;
            try {
                LayerGeoJson.read(e.getValue(), data);
            } catch (RuntimeException ex) {
                throw new BriefingPackageException(file + ": corrupt briefing package: entry '" + e.getKey() + "' is not a packaged layer ("
                        + ex.getMessage() + ")", ex);
            }
        }
    }

    /**
     * Opens and verifies a package.
     *
     * @throws BriefingPackageException when the file is missing, corrupt or tampered; the message says which
     */
    public static OpenedBriefing open(Path file) {
        if (!Files.isRegularFile(file)) throw new BriefingPackageException(file + ": no such briefing package");
        Map<String, byte[]> content = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (e.isDirectory()) continue;
                try (InputStream in = zip.getInputStream(e)) {
                    content.put(e.getName(), in.readAllBytes());
                } catch (IOException ex) {
                    throw corrupt(file, "entry '" + e.getName() + "' cannot be read (" + ex.getMessage() + ")", ex);
                }
            }
        } catch (ZipException e) {
            throw corrupt(file, "not a zip file or truncated (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw corrupt(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        byte[] manifestBytes = content.remove(BriefingPackage.MANIFEST);
        if (manifestBytes == null) throw corrupt(file, "it has no " + BriefingPackage.MANIFEST + " (not a briefing package?)", null);
        JsonNode manifest;
        try {
            manifest = StoryJson.JSON.readTree(manifestBytes);
        } catch (IOException e) {
            throw corrupt(file, BriefingPackage.MANIFEST + " is not valid JSON (" + e.getMessage() + ")", e);
        }
        if (!BriefingPackage.FORMAT.equals(manifest.path("format").asText())) {
            throw corrupt(file, BriefingPackage.MANIFEST + " does not declare format '" + BriefingPackage.FORMAT + "'", null);
        }
        if (manifest.path("formatVersion").asInt(0) > BriefingPackage.FORMAT_VERSION) {
            throw new BriefingPackageException(file + ": made by a newer OneMap (package format " + manifest.path("formatVersion").asInt()
                    + ", this version reads up to " + BriefingPackage.FORMAT_VERSION + ")");
        }
        verify(file, manifest, content);
        Briefing briefing;
        try {
            briefing = StoryJson.read(content.get(BriefingPackage.STORY));
        } catch (IOException | RuntimeException e) {
            throw corrupt(file, BriefingPackage.STORY + " is malformed (" + e.getMessage() + ")", e);
        }
        try {
            return new OpenedBriefing(file, briefing, manifest, content);
        } catch (IOException | java.time.format.DateTimeParseException e) {
            throw corrupt(file, "creation info is malformed (" + e.getMessage() + ")", e);
        }
    }

    private static void verify(Path file, JsonNode manifest, Map<String, byte[]> content) {
        Map<String, String> listed = new LinkedHashMap<>();
        for (JsonNode e : manifest.path("entries")) listed.put(e.path("path").asText(), e.path("sha256").asText());
        if (!listed.containsKey(BriefingPackage.STORY)) throw corrupt(file, "the manifest lists no " + BriefingPackage.STORY, null);
        for (String name : content.keySet()) {
            if (!listed.containsKey(name)) throw tampered(file, "entry '" + name + "' is not listed in the manifest (added after packaging)");
        }
        for (Map.Entry<String, String> e : listed.entrySet()) {
            byte[] bytes = content.get(e.getKey());
            if (bytes == null) throw tampered(file, "entry '" + e.getKey() + "' listed in the manifest is missing (removed after packaging)");
            String actual = BriefingPackage.sha256(bytes);
            if (!actual.equalsIgnoreCase(e.getValue())) {
                throw tampered(file, "checksum mismatch for '" + e.getKey() + "' (manifest SHA-256 " + e.getValue() + ", content " + actual
                        + "): it was changed after packaging");
            }
        }
    }

    private static BriefingPackageException corrupt(Path file, String what, Throwable cause) {
        return new BriefingPackageException(file + ": corrupt briefing package: " + what, cause);
    }

    private static BriefingPackageException tampered(Path file, String what) {
        return new BriefingPackageException(file + ": tampered briefing package: " + what);
    }

    public Path file() { return file; }

    public Briefing briefing() { return briefing; }

    public String createdBy() { return createdBy; }

    public Instant createdAt() { return createdAt; }

    public String createdWith() { return createdWith; }

    /** Number of verified entries besides the manifest. */
    public int verifiedEntries() { return entries; }

    /** The packaged data subset: every layer the slides read. */
    public DataSource data() { return data; }

    /** Names of the packaged layers. */
    public List<String> layers() {
        List<String> out = new ArrayList<>();
        data.layers().forEach(l -> out.add(l.name() + " (" + l.count() + ")"));
        return out;
    }

    /** The pre-rendered preview PNG of slide {@code index} (0-based), as packaged. */
    public byte[] preview(int index) {
        byte[] b = content.get(BriefingPackage.previewName(index));
        if (b == null) throw new IndexOutOfBoundsException("no preview for slide " + (index + 1));
        return b.clone();
    }
}
