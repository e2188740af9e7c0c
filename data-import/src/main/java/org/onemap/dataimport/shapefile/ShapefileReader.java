package org.onemap.dataimport.shapefile;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;

/**
 * Streams the features of an ESRI shapefile ({@code .shp} + {@code .shx} + {@code .dbf}) one by one,
 * in bounded memory. Files are opened read-only and never modified.
 *
 * <p>Text encoding: the caller's choice if given, else the {@code .cpg}, else the DBF language-driver
 * byte, else detection (strict UTF-8, otherwise GB18030); {@link #charset()} says which and why.
 * Geometries are 2D JTS (Z and M are dropped); polygon rings are assigned to outer rings by orientation
 * and containment. Deleted DBF records are skipped; the .dbf decides how many records there are (shapes
 * beyond its count are ignored). Feature ids are the 1-based record numbers.
 * Corrupt or truncated input raises {@link ShapefileFormatException} naming the file and record.
 * Not thread-safe.
 */
public final class ShapefileReader implements Closeable, Iterable<Feature> {
    private final Path shpPath;
    private final ChannelReader shp;
    private final ChannelReader shx;     // null without .shx: records are then read back to back
    private final DbfReader dbf;
    private final ShapeType shapeType;
    private final Envelope bounds;
    private final long shpEnd;
    private final CharsetChoice charset;
    private final List<DbfField> fields;
    private final String prj;
    private final ShapeDecoder decoder;
    private boolean iterated;

    private ShapefileReader(Path shpPath, Charset override, GeometryFactory gf) throws IOException {
        this.shpPath = shpPath;
        if (!Files.isRegularFile(shpPath)) throw new NoSuchFileException(shpPath.toString(), null, "no such shapefile");
        Path dbfPath = ShapefileFiles.find(shpPath, "dbf").orElseThrow(() -> new NoSuchFileException(
                ShapefileFiles.sibling(shpPath, "dbf").toString(), null, "a shapefile needs its .dbf attribute table"));
        Optional<Path> shxPath = ShapefileFiles.find(shpPath, "shx");
        Optional<Path> cpgPath = ShapefileFiles.find(shpPath, "cpg");
        Optional<Path> prjPath = ShapefileFiles.find(shpPath, "prj");
        this.prj = prjPath.isPresent() ? Files.readString(prjPath.get(), StandardCharsets.ISO_8859_1).trim() : null;
        this.decoder = new ShapeDecoder(gf);
        ChannelReader shpIn = null, shxIn = null;
        DbfReader dbfIn = null;
        try {
            shpIn = new ChannelReader(shpPath, 1 << 20);
            ByteBuffer h = shpIn.take(100, ByteOrder.BIG_ENDIAN);
            if (h == null) throw new ShapefileFormatException(shpIn.name(), 0, shpIn.size(), "too short for a shapefile header (" + shpIn.size() + " bytes)");
            int p = h.position();
            int fileCode = h.getInt(p);
            if (fileCode != 9994) throw new ShapefileFormatException(shpIn.name(), 0, 0, "not a shapefile (file code " + fileCode + ", expected 9994)");
            long declared = Integer.toUnsignedLong(h.getInt(p + 24)) * 2;
            h.order(ByteOrder.LITTLE_ENDIAN);
            int code = h.getInt(p + 32);
            try {
                this.shapeType = ShapeType.ofCode(code);
            } catch (IllegalArgumentException e) {
                throw new ShapefileFormatException(shpIn.name(), 0, 32, "unknown shape type " + code);
            }
            double minX = h.getDouble(p + 36), minY = h.getDouble(p + 44), maxX = h.getDouble(p + 52), maxY = h.getDouble(p + 60);
            this.bounds = minX <= maxX && minY <= maxY ? new Envelope(minX, maxX, minY, maxY) : null;
            shpIn.seek(100);
            // a header length beyond the real size is a cut file: records report it as they meet the end
            this.shpEnd = declared >= 100 ? declared : shpIn.size();
            if (shxPath.isPresent()) {
                shxIn = new ChannelReader(shxPath.get(), 1 << 16);
                shxIn.seek(100);
            }
            dbfIn = new DbfReader(dbfPath);
            this.charset = chooseCharset(override, cpgPath, dbfIn, dbfPath);
            this.fields = dbfIn.fields(charset.charset());
        } catch (IOException | RuntimeException e) {
            for (Closeable c : new Closeable[] {shpIn, shxIn, dbfIn}) {
                if (c != null) c.close();
            }
            throw e;
        }
        this.shp = shpIn;
        this.shx = shxIn;
        this.dbf = dbfIn;
    }

    /** Opens {@code shp} (the .shp path), choosing the text encoding automatically. */
    public static ShapefileReader open(Path shp) throws IOException {
        return open(shp, null);
    }

    /** Opens {@code shp} decoding text with {@code charset}, or automatically when it is null. */
    public static ShapefileReader open(Path shp, Charset charset) throws IOException {
        return open(shp, charset, new GeometryFactory());
    }

    /** As {@link #open(Path, Charset)}, creating geometries with {@code factory} (e.g. to set an SRID). */
    public static ShapefileReader open(Path shp, Charset charset, GeometryFactory factory) throws IOException {
        return new ShapefileReader(shp, charset, factory);
    }

    private static CharsetChoice chooseCharset(Charset override, Optional<Path> cpg, DbfReader dbf, Path dbfPath) throws IOException {
        if (override != null) return new CharsetChoice(override, CharsetChoice.Source.CALLER, "chosen by the caller");
        String note = "";
        if (cpg.isPresent()) {
            String text = Files.readString(cpg.get(), StandardCharsets.ISO_8859_1).trim();
            Optional<Charset> cs = DbfCharsets.forCpg(text);
            if (cs.isPresent()) return new CharsetChoice(cs.get(), CharsetChoice.Source.CPG, ".cpg says '" + text + "'");
            note = ".cpg '" + text + "' is not a known charset; ";
        }
        int ldid = dbf.ldid();
        Optional<Charset> byLdid = DbfCharsets.forLdid(ldid);
        if (byLdid.isPresent()) {
            return new CharsetChoice(byLdid.get(), CharsetChoice.Source.LDID, note + String.format("DBF language driver byte 0x%02X", ldid));
        }
        String why = ldid == DbfCharsets.LDID_ANSI ? "DBF language driver 0x57 means the writer's ANSI code page; "
                : ldid == 0 ? (cpg.isPresent() ? "" : "no .cpg and ") + "no DBF language driver; "
                : String.format("unknown DBF language driver 0x%02X; ", ldid);
        return DbfEncodingDetector.detect(dbfPath, note + why);
    }

    /** The .shp path this reader was opened on. */
    public Path path() { return shpPath; }

    /** The shape type in the header (Z/M variants are read as 2D). */
    public ShapeType shapeType() { return shapeType; }

    /** The extent in the .shp header, or null for an empty file. */
    public Envelope bounds() { return bounds; }

    /** The DBF columns, names decoded with {@link #charset()}. */
    public List<DbfField> fields() { return fields; }

    /** The charset text is decoded with, and how it was chosen. */
    public CharsetChoice charset() { return charset; }

    /** The raw {@code .prj} WKT, if the shapefile has one (mapping it to an EPSG code is the importer's job). */
    public Optional<String> prj() { return Optional.ofNullable(prj); }

    /** Records in the DBF, including deleted ones: an upper bound for progress reporting. */
    public int recordCount() { return dbf.recordCount(); }

    /** The 1-based number of the record last read (also counts skipped deleted records), for progress. */
    public int recordNumber() { return dbf.recordNumber(); }

    /** Parts dropped so far because JTS cannot hold them (rings under 4 points, lines under 2). */
    public long droppedParts() { return decoder.droppedParts(); }

    /** A layer schema named {@code name}, SRID 0 (unknown until the importer has read {@link #prj()}). */
    public LayerSchema schema(String name) {
        List<FieldDef> defs = new ArrayList<>();
        for (DbfField f : fields) defs.add(FieldDef.of(f.name(), f.fieldType()));
        return new LayerSchema(name, shapeType.geometryKind(), 0, defs);
    }

    /**
     * The next live feature, or null after the last.
     *
     * @throws ShapefileFormatException on truncated or corrupt input
     */
    public Feature read() throws IOException {
        while (dbf.next()) {
            int number = dbf.recordNumber();
            Geometry g = readShape(number);
            if (dbf.deleted()) continue;
            Map<String, Object> attrs = new LinkedHashMap<>(fields.size() * 2);
            Charset cs = charset.charset();
            for (int i = 0; i < fields.size(); i++) {
                DbfField f = fields.get(i);
                attrs.put(f.name(), dbf.value(i, f, cs));
            }
            return new Feature(Integer.toString(number), g, attrs, 0);
        }
        return null;
    }

    private Geometry readShape(int number) throws IOException {
        long offset;
        if (shx != null) {
            ByteBuffer ix = shx.take(8, ByteOrder.BIG_ENDIAN);
            if (ix == null) throw new ShapefileFormatException(shx.name(), number, shx.size(), "truncated at byte " + shx.size() + " (the .dbf has " + dbf.recordCount() + " records)");
            offset = Integer.toUnsignedLong(ix.getInt()) * 2;
            ix.getInt();
            if (offset < 100) throw new ShapefileFormatException(shx.name(), number, shx.position() - 8, "offset " + offset + " points into the .shp header");
            shp.seek(offset);
        } else {
            offset = shp.position();
        }
        ByteBuffer rh = shp.take(8, ByteOrder.BIG_ENDIAN);
        if (rh == null) throw truncated(number);
        rh.getInt(); // record number: not trusted, some writers number from 0
        long length = Integer.toUnsignedLong(rh.getInt()) * 2;
        if (length < 4) throw new ShapefileFormatException(shp.name(), number, offset + 4, "content length " + length + " bytes is too small");
        if (length > Integer.MAX_VALUE) throw new ShapefileFormatException(shp.name(), number, offset + 4, "content length " + length + " bytes is implausible");
        ByteBuffer content = shp.take((int) length, ByteOrder.LITTLE_ENDIAN);
        if (content == null) throw truncated(number);
        int start = content.position(), limit = content.limit();
        content.limit(start + (int) length);
        try {
            return decoder.decode(content);
        } catch (IllegalArgumentException | java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new ShapefileFormatException(shp.name(), number, offset, "corrupt shape at byte " + offset + ": "
                    + (e.getMessage() == null ? "record content too short" : e.getMessage()));
        } finally {
            content.limit(limit).position(start + (int) length);
        }
    }

    private ShapefileFormatException truncated(int number) {
        String why = shp.size() < shpEnd ? " (the header declares " + shpEnd + " bytes)" : " (the .dbf has " + dbf.recordCount() + " records)";
        return new ShapefileFormatException(shp.name(), number, shp.size(), "truncated at byte " + shp.size() + why);
    }

    /** Iterates the remaining features; I/O and format errors surface as {@link UncheckedIOException}. Once only. */
    @Override
    public Iterator<Feature> iterator() {
        if (iterated) throw new IllegalStateException("a shapefile reader streams: iterate it once");
        iterated = true;
        return new Iterator<>() {
            private Feature next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = read();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e.getMessage(), e);
                    }
                }
                return next != null;
            }

            @Override
            public Feature next() {
                if (!hasNext()) throw new NoSuchElementException();
                Feature f = next;
                next = null;
                return f;
            }
        };
    }

    @Override
    public void close() throws IOException {
        try (dbf; shp) {
            if (shx != null) shx.close();
        }
    }
}
