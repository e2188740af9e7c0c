package org.onemap.dataimport.shapefile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.Feature;

/**
 * Streams features into a standard ESRI shapefile: {@code .shp}, {@code .shx}, {@code .dbf} (dBASE III),
 * {@code .cpg} (the charset name) and, unless disabled, {@code .prj}. The schema is fixed up front; the
 * header counts, extent and lengths are filled in at {@link #commit()}.
 *
 * <p>Files are written under temporary names next to the target and renamed into place by
 * {@link #commit()}; {@link #close()} without a commit deletes them, so a failed run never leaves a
 * half-written file under the final name:
 * <pre>{@code
 * try (ShapefileWriter w = ShapefileWriter.builder(dir.resolve("parcels.shp"), ShapeType.POLYGON)
 *         .fields(List.of(DbfField.text("parcel_code", 16), DbfField.decimal("area_mu", 12, 2)))
 *         .open()) {
 *     w.write(polygon, "430321-012-00345", 3.25);
 *     w.commit();
 * }
 * }</pre>
 * Not thread-safe.
 */
public final class ShapefileWriter implements Closeable {
    /** EPSG:4326 (WGS 84 lon/lat) in the ESRI WKT dialect that ArcGIS, QGIS and GDAL read from a .prj. */
    public static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
            + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]]";

    private static final int HEADER = 100;

    private final Path shpPath;
    private final ShapeType type;
    private final List<DbfField> fields;
    private final Map<String, String> fieldNames;
    private final Map<String, Integer> fieldIndex = new LinkedHashMap<>();
    private final Charset charset;
    private final String prj;
    private final Map<String, Path> temps = new LinkedHashMap<>(); // extension → temp file
    private final ChannelWriter shp;
    private final ChannelWriter shx;
    private final DbfWriter dbf;
    private final ShapeEncoder encoder;
    private final Envelope bounds = new Envelope();
    private int count;
    private boolean committed;
    private boolean closed;

    private ShapefileWriter(Builder b) throws IOException {
        this.shpPath = b.shp;
        this.type = b.type;
        this.fields = List.copyOf(b.fields);
        this.charset = b.charset;
        this.prj = b.prj;
        this.encoder = new ShapeEncoder(type);
        List<String> callerNames = fields.stream().map(DbfField::name).toList();
        List<String> dbfNames = DbfFieldNames.assign(callerNames, charset);
        Map<String, String> mapping = new LinkedHashMap<>();
        List<DbfField> dbfFields = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (fieldIndex.put(callerNames.get(i), i) != null) {
                throw new IllegalArgumentException("field " + callerNames.get(i) + " is declared twice");
            }
            mapping.put(callerNames.get(i), dbfNames.get(i));
            dbfFields.add(fields.get(i).withName(dbfNames.get(i)));
        }
        this.fieldNames = Collections.unmodifiableMap(mapping);
        Files.createDirectories(shpPath.toAbsolutePath().getParent());
        ChannelWriter shpOut = null, shxOut = null;
        DbfWriter dbfOut = null;
        try {
            shpOut = new ChannelWriter(temp("shp"), 1 << 20);
            shxOut = new ChannelWriter(temp("shx"), 1 << 16);
            dbfOut = new DbfWriter(temp("dbf"), dbfFields, callerNames, charset, b.truncateText);
            shpOut.room(HEADER).put(new byte[HEADER]); // filled in at commit
            shxOut.room(HEADER).put(new byte[HEADER]);
        } catch (IOException | RuntimeException e) {
            for (Closeable c : new Closeable[] {shpOut, shxOut, dbfOut}) closeQuietly(c);
            deleteTemps();
            throw e;
        }
        this.shp = shpOut;
        this.shx = shxOut;
        this.dbf = dbfOut;
    }

    /** Starts configuring a writer for {@code shp} (the {@code .shp} path) holding {@code type} shapes. */
    public static Builder builder(Path shp, ShapeType type) {
        return new Builder(shp, type);
    }

    /** A GBK shapefile in WGS 84 with {@code fields}: the survey-data default. */
    public static ShapefileWriter create(Path shp, ShapeType type, List<DbfField> fields) throws IOException {
        return builder(shp, type).fields(fields).open();
    }

    /** Options of a {@link ShapefileWriter}; defaults: GBK text, {@link #WGS84_PRJ}, over-long text is an error. */
    public static final class Builder {
        private final Path shp;
        private final ShapeType type;
        private final List<DbfField> fields = new ArrayList<>();
        private Charset charset = DbfCharsets.GBK;
        private String prj = WGS84_PRJ;
        private boolean truncateText;

        private Builder(Path shp, ShapeType type) {
            this.shp = Objects.requireNonNull(shp, "shp");
            this.type = Objects.requireNonNull(type, "type");
        }

        /** Appends a column; {@code name} may be long or non-ASCII (see {@link ShapefileWriter#fieldNames()}). */
        public Builder field(DbfField field) { fields.add(Objects.requireNonNull(field)); return this; }

        public Builder fields(List<DbfField> all) { all.forEach(this::field); return this; }

        /** The DBF text charset (default GBK); written to the {@code .cpg} and, for GBK, the LDID byte 0x4D. */
        public Builder charset(Charset cs) { this.charset = Objects.requireNonNull(cs); return this; }

        /** The {@code .prj} WKT, or null to write none (unknown CRS). */
        public Builder prj(String wkt) { this.prj = wkt; return this; }

        /** Cut over-long text at a character boundary instead of failing the write. */
        public Builder truncateLongText(boolean truncate) { this.truncateText = truncate; return this; }

        public ShapefileWriter open() throws IOException { return new ShapefileWriter(this); }
    }

    /** Declared field name → the ≤ 10-byte name stored in the DBF (e.g. village_code → village_co). */
    public Map<String, String> fieldNames() { return fieldNames; }

    /** The declared fields, with their declared names. */
    public List<DbfField> fields() { return fields; }

    public Charset charset() { return charset; }

    /** Records written so far. */
    public int count() { return count; }

    /** The final paths: .shp, .shx, .dbf, .cpg and .prj if any (they exist only after {@link #commit()}). */
    public List<Path> files() {
        List<String> exts = prj == null ? List.of("shp", "shx", "dbf", "cpg") : List.of("shp", "shx", "dbf", "cpg", "prj");
        return exts.stream().map(ext -> ShapefileFiles.sibling(shpPath, ext)).toList();
    }

    /**
     * Appends a feature: {@code geometry} may be null or empty (a null shape); {@code values} follow the
     * declared field order, null for no value.
     *
     * @throws IllegalArgumentException (naming record and field) for a wrong geometry type, a value that
     *         does not fit its field or text the charset cannot encode; the file is still usable
     */
    public void write(Geometry geometry, Object... values) throws IOException {
        ensureOpen();
        if (values.length != fields.size()) {
            throw new IllegalArgumentException("record " + (count + 1) + ": " + values.length + " values for " + fields.size() + " fields");
        }
        int recordNumber = count + 1;
        int contentLength = encoder.prepare(geometry, recordNumber);
        dbf.write(values, recordNumber); // validates values before the geometry is committed to .shp
        long offset = shp.position();
        ByteBuffer b = shp.big(8 + contentLength);
        b.putInt(recordNumber).putInt(contentLength / 2);
        encoder.write(b.order(ByteOrder.LITTLE_ENDIAN), bounds);
        shx.big(8).putInt((int) (offset / 2)).putInt(contentLength / 2);
        count = recordNumber;
        if (shp.position() / 2 > Integer.MAX_VALUE) {
            throw new IOException(shpPath.getFileName() + ": a .shp file is limited to 4 GB (16-bit word offsets)");
        }
    }

    /** Appends a feature whose attributes are keyed by declared field names; absent keys are null, unknown keys ignored. */
    public void write(Geometry geometry, Map<String, ?> attributes) throws IOException {
        Object[] values = new Object[fields.size()];
        for (Map.Entry<String, Integer> e : fieldIndex.entrySet()) values[e.getValue()] = attributes.get(e.getKey());
        write(geometry, values);
    }

    /** Appends a core feature (its id is not written: shapefiles identify records by position). */
    public void write(Feature feature) throws IOException {
        write(feature.geometry(), feature.attributes());
    }

    /** Fills in headers, writes .cpg/.prj and renames everything into place. The writer is then closed. */
    public void commit() throws IOException {
        ensureOpen();
        try {
            patchHeader(shp, shp.position());
            patchHeader(shx, shx.position());
            dbf.finish();
            shp.close();
            shx.close();
            dbf.close();
            Files.writeString(temp("cpg"), DbfCharsets.cpgFor(charset), StandardCharsets.US_ASCII);
            if (prj != null) Files.writeString(temp("prj"), prj, StandardCharsets.UTF_8);
            for (String stale : new String[] {"prj", "cpg", "qix", "sbn", "sbx"}) {
                // an old index or sidecar beside the new files would describe the old data
                if (!temps.containsKey(stale)) Files.deleteIfExists(ShapefileFiles.sibling(shpPath, stale));
            }
            List<String> order = new ArrayList<>(temps.keySet());
            order.remove("shp");
            order.add("shp"); // the .shp appears last, once its sidecars are in place
            for (String ext : order) move(temps.get(ext), ShapefileFiles.sibling(shpPath, ext));
            committed = true;
        } finally {
            close();
        }
    }

    /** Closes; without a prior {@link #commit()} the temporary files are deleted and nothing appears. */
    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        closeQuietly(shp);
        closeQuietly(shx);
        closeQuietly(dbf);
        if (!committed) deleteTemps();
    }

    private void patchHeader(ChannelWriter out, long length) throws IOException {
        ByteBuffer h = ByteBuffer.allocate(HEADER);
        h.order(ByteOrder.BIG_ENDIAN).putInt(9994).position(24);
        h.putInt((int) (length / 2));
        h.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(type.code());
        Envelope e = count == 0 || bounds.isNull() ? new Envelope(0, 0, 0, 0) : bounds;
        h.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
        h.putDouble(0).putDouble(0).putDouble(0).putDouble(0); // Z and M ranges: 2D file
        out.patch(0, h.flip());
    }

    private Path temp(String ext) {
        Path p = temps.computeIfAbsent(ext, x -> shpPath.resolveSibling(ShapefileFiles.baseName(shpPath) + "." + x + "."
                + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + ".part"));
        return p;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void deleteTemps() {
        for (Path p : temps.values()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort: a leftover *.part file is harmless and recognisable
            }
        }
    }

    private static void closeQuietly(Closeable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (IOException ignored) {
            // already failing or already committed
        }
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException(shpPath.getFileName() + ": writer is closed");
    }
}
