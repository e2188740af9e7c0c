package org.onemap.dataimport.export;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * Encodes a GeoPackage geometry blob (OGC 12-128r18 §2.1.3): the {@code GP} header with version 0,
 * little-endian flags, the SRS id and an XY envelope, then ISO/OGC WKB (2D).
 */
final class GpkgBlob {
    private final WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
    private final int srsId;

    GpkgBlob(int srsId) {
        this.srsId = srsId;
    }

    byte[] encode(Geometry g) {
        if (g == null) return null;
        boolean empty = g.isEmpty();
        byte[] body = wkb.write(g);
        int flags = 0x01 | (empty ? 0x10 : 0x02); // little-endian; empty flag or an XY envelope
        ByteBuffer b = ByteBuffer.allocate(8 + (empty ? 0 : 32) + body.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) flags).putInt(srsId);
        if (!empty) {
            Envelope e = g.getEnvelopeInternal();
            b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        }
        return b.put(body).array();
    }
}
