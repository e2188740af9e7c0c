package org.onemap.dataimport.geopackage;

import java.nio.ByteBuffer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Decodes a GeoPackage geometry blob (OGC 12-128r18 §2.1.3): the {@code GP} header (version, flags, SRS id,
 * optional envelope) followed by standard WKB, read with JTS. Empty geometries give null.
 */
final class GpkgGeometry {
    private static final int[] ENVELOPE_BYTES = {0, 32, 48, 48, 64};

    private final WKBReader wkb;

    GpkgGeometry(GeometryFactory gf) {
        this.wkb = new WKBReader(gf);
    }

    Geometry decode(byte[] blob) {
        if (blob == null) return null;
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') throw new IllegalArgumentException("not a GeoPackage geometry blob (no 'GP' magic)");
        int flags = blob[3];
        if ((flags & 0x20) != 0) throw new IllegalArgumentException("extended GeoPackage geometry types are not supported");
        if ((flags & 0x10) != 0) return null; // empty geometry
        int envelope = (flags >> 1) & 0x07;
        if (envelope >= ENVELOPE_BYTES.length) throw new IllegalArgumentException("invalid envelope indicator " + envelope);
        int offset = 8 + ENVELOPE_BYTES[envelope];
        if (offset >= blob.length) throw new IllegalArgumentException("geometry blob too short");
        byte[] body = new byte[blob.length - offset];
        ByteBuffer.wrap(blob, offset, body.length).get(body);
        try {
            return wkb.read(body);
        } catch (ParseException e) {
            throw new IllegalArgumentException("unreadable WKB: " + e.getMessage(), e);
        }
    }
}
