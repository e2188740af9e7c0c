package org.onemap.app.cli;

import org.locationtech.jts.geom.Envelope;

/** Parses {@code x1,y1,x2,y2} (lon/lat unless --srs says otherwise). */
final class Bbox {
    private Bbox() {}

    static Envelope parse(String text) {
        if (text == null) return null;
        String[] p = text.split(",");
        if (p.length != 4) throw new UsageException("malformed --bbox '" + text + "': expected x1,y1,x2,y2 (four numbers)");
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(p[i].trim());
            } catch (NumberFormatException e) {
                throw new UsageException("malformed --bbox '" + text + "': '" + p[i].trim() + "' is not a number");
            }
            if (!Double.isFinite(v[i])) throw new UsageException("malformed --bbox '" + text + "': not finite");
        }
        if (v[0] >= v[2] || v[1] >= v[3]) {
            throw new UsageException("malformed --bbox '" + text + "': need x1 < x2 and y1 < y2");
        }
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
            throw new UsageException("malformed --bbox '" + text + "': outside lon/lat range (-180..180, -90..90)");
        }
        return new Envelope(v[0], v[2], v[1], v[3]);
    }
}
