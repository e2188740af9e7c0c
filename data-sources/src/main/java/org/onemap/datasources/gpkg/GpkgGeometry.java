package org.onemap.datasources.gpkg;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.onemap.core.spi.DataSourceException;

/**
 * The GeoPackage geometry blob (OGC 12-128r18 §2.1.3): {@code GP}, version 0, flags (byte order,
 * envelope kind, empty), the SRS id and an optional envelope, then standard WKB. Reads every envelope
 * kind (none, XY, XYZ, XYM, XYZM) and either byte order; writes little-endian with an XY envelope.
 * The one codec of the project: the provider, the importer and the exporter all go through it.
 */
public final class GpkgGeometry {
    private static final int[] ENVELOPE_BYTES = {0, 32, 48, 48, 64};

    private GpkgGeometry() {}

    /** The decoded header: SRS id, envelope (null when the blob carries none) and the empty flag. */
    public record Header(int srsId, Envelope envelope, boolean empty, boolean extended, int wkbOffset) {}

    /** Encodes {@code g} (null gives null) with {@code srsId} in the header. */
    public static byte[] encode(Geometry g, int srsId) {
        if (g == null) return null;
        boolean empty = g.isEmpty();
        byte[] body = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(g);
        int flags = 0x01 | (empty ? 0x10 : 0x02); // little-endian; empty flag or an XY envelope
        ByteBuffer b = ByteBuffer.allocate(8 + (empty ? 0 : 32) + body.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) flags).putInt(srsId);
        if (!empty) {
            Envelope e = g.getEnvelopeInternal();
            b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        }
        return b.put(body).array();
    }

    /** Reads the header of a blob; throws when it is not a GeoPackage geometry. */
    public static Header header(byte[] blob) {
        if (blob == null || blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new DataSourceException("not a GeoPackage geometry blob (no 'GP' magic)");
        }
        int flags = blob[3] & 0xFF;
        ByteBuffer b = ByteBuffer.wrap(blob).order((flags & 0x01) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int srsId = b.getInt(4);
        int kind = (flags >> 1) & 0x07;
        if (kind >= ENVELOPE_BYTES.length) throw new DataSourceException("invalid GeoPackage envelope indicator " + kind);
        if (blob.length < 8 + ENVELOPE_BYTES[kind]) throw new DataSourceException("GeoPackage geometry blob too short");
        Envelope env = null;
        if (kind > 0) { // minx, maxx, miny, maxy come first whatever the dimension
            env = new Envelope(b.getDouble(8), b.getDouble(16), b.getDouble(24), b.getDouble(32));
        }
        return new Header(srsId, env, (flags & 0x10) != 0, (flags & 0x20) != 0, 8 + ENVELOPE_BYTES[kind]);
    }

    /** Decodes a blob into a JTS geometry with {@code srid} set from the header; null stays null. */
    public static Geometry decode(byte[] blob) {
        if (blob == null) return null;
        Header h = header(blob);
        // the header (envelope) of an extended type is standard, so the R-tree and bbox tests still use it
        if (h.extended()) throw new DataSourceException("extended GeoPackage geometry types are not supported");
        try {
            GeometryFactory gf = new GeometryFactory(new PrecisionModel(), h.srsId());
            return new WKBReader(gf).read(Arrays.copyOfRange(blob, h.wkbOffset(), blob.length));
        } catch (ParseException e) {
            throw new DataSourceException("unreadable GeoPackage geometry: " + e.getMessage(), e);
        }
    }

    /** The envelope of a blob: from the header when present, otherwise from the geometry; null when empty. */
    public static Envelope envelope(byte[] blob) {
        if (blob == null) return null;
        Header h = header(blob);
        if (h.empty()) return null;
        if (h.envelope() != null) return h.envelope();
        Geometry g = decode(blob);
        return g.isEmpty() ? null : g.getEnvelopeInternal();
    }
}
