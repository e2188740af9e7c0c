package org.onemap.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Envelope;

/** Seeded random query windows of 1/{@code share} of an extent per side, the same in every run. */
final class Windows {
    private Windows() {}

    static List<Envelope> of(Envelope extent, int share, int count) {
        Random rnd = new Random(11);
        double dx = extent.getWidth() / share, dy = extent.getHeight() / share;
        List<Envelope> out = new ArrayList<>(count);
        for (int q = 0; q < count; q++) {
            double x = extent.getMinX() + rnd.nextDouble() * (extent.getWidth() - dx);
            double y = extent.getMinY() + rnd.nextDouble() * (extent.getHeight() - dy);
            out.add(new Envelope(x, x + dx, y, y + dy));
        }
        return out;
    }
}
