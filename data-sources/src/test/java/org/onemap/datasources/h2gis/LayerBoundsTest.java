package org.onemap.datasources.h2gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;

/** The packed tree splits a layer's bounds exactly into inside, crossing the edge and clear of the window. */
class LayerBoundsTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 16, 17, 256, 257, 5000})
    void insideAndEdgeTogetherAreExactlyTheBoundsThatMeetTheWindow(int n) {
        Random r = new Random(n);
        Envelope[] boxes = new Envelope[n];
        LayerBounds.Builder b = new LayerBounds.Builder();
        for (int i = 0; i < n; i++) {
            double x = 112 + r.nextDouble(), y = 27.3 + r.nextDouble() * 0.8;
            boxes[i] = new Envelope(x, x + r.nextDouble() * 0.01, y, y + r.nextDouble() * 0.01);
            b.add(1000 + i, boxes[i].getMinX(), boxes[i].getMinY(), boxes[i].getMaxX(), boxes[i].getMaxY());
        }
        LayerBounds tree = b.build();
        assertEquals(n, tree.size());
        for (int q = 0; q < 200; q++) {
            double x = 111.9 + r.nextDouble() * 1.2, y = 27.2 + r.nextDouble(), s = r.nextDouble() * (q % 2 == 0 ? 0.05 : 0.6);
            Envelope w = new Envelope(x, x + s, y, y + s);
            Set<Long> edge = new HashSet<>();
            long inside = tree.count(w, edge::add);
            long expectInside = 0;
            Set<Long> meeting = new HashSet<>();
            for (int i = 0; i < n; i++) {
                if (w.contains(boxes[i])) expectInside++;
                else if (w.intersects(boxes[i])) meeting.add(1000L + i);
            }
            // float rounding may move a box just inside or just clear of the window to the edge set, never the other way
            assertTrue(inside <= expectInside, "window " + w + ": counted " + inside + " inside, only " + expectInside + " are");
            assertEquals(expectInside - inside, edge.stream().filter(id -> w.contains(boxes[(int) (id - 1000)])).count(),
                    "window " + w + ": every box inside but not counted must be tested at the edge");
            for (long id : meeting) assertTrue(edge.contains(id), "window " + w + ": box " + id + " crosses the edge but was not passed on");
            Envelope near = new Envelope(w);
            near.expandBy(1e-5); // a float step at these coordinates is ~8e-6
            for (long id : edge) assertTrue(near.intersects(boxes[(int) (id - 1000)]), "window " + w + ": box " + id + " clear of it was passed on");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 17, 4097})
    void aWindowOverEverythingCountsAllWithoutTestingAny(int n) {
        LayerBounds.Builder b = new LayerBounds.Builder();
        for (int i = 0; i < n; i++) b.add(i, 112 + i * 1e-4, 27.5, 112 + i * 1e-4 + 5e-5, 27.5001);
        Set<Long> edge = new HashSet<>();
        assertEquals(n, b.build().count(new Envelope(111, 114, 27, 28), edge::add));
        assertTrue(edge.isEmpty(), "nothing to test exactly: " + edge.size());
    }
}
