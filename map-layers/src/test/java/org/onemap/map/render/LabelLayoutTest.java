package org.onemap.map.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;

class LabelLayoutTest {
    private static final List<Viewport> VIEWS = List.of(
            Viewport.fit(RenderDemo.REGION, 1200, 900),
            Viewport.fit(new Envelope(112.76, 112.86, 27.66, 27.74), 1000, 700),
            Viewport.fit(new Envelope(112.55, 112.85, 27.62, 27.85), 900, 600),
            Viewport.fit(new Envelope(112.76, 112.86, 27.66, 27.74), 600, 400, 2));

    @Test
    void placesTheSameLabelsAsReadingTheSources() {
        List<RenderLayer> layers = RenderLayers.of(RenderDemo.demoData());
        LabelLayout layout = new LabelLayout();
        for (Viewport vp : VIEWS) {
            assertEquals(ViewportLabels.place(layers, vp), layout.place(layers, vp), "labels from the in-memory copies in " + vp);
        }
    }

    @Test
    void readsEachLabelledLayerOnceAcrossPansUntilInvalidated() {
        AtomicInteger countyReads = new AtomicInteger();
        List<RenderLayer> layers = new ArrayList<>();
        for (RenderLayer l : RenderLayers.of(RenderDemo.demoData())) {
            layers.add(l.name().equals("county") ? l.withSource(counting(l.source(), countyReads)) : l);
        }
        LabelLayout layout = new LabelLayout();
        Viewport vp = VIEWS.get(2);
        for (int i = 0; i < 5; i++) layout.place(layers, vp.pannedBy(i * 40, 0));
        assertEquals(1, countyReads.get(), "five pans should read the county layer once");
        layout.invalidate();
        layout.place(layers, vp);
        assertEquals(2, countyReads.get(), "after invalidate() the county layer is read again");
    }

    @Test
    void dropsCopiesOfLayersNoLongerOnTheMap() {
        List<RenderLayer> layers = RenderLayers.of(RenderDemo.demoData());
        LabelLayout layout = new LabelLayout();
        layout.place(layers, VIEWS.get(1));
        int before = layout.copiedLayers();
        layout.place(layers.stream().filter(l -> !l.name().equals("village")).toList(), VIEWS.get(1));
        assertEquals(before - 1, layout.copiedLayers(), "the village copy should go with the village layer");
    }

    static FeatureSource counting(FeatureSource source, AtomicInteger reads) {
        return new FeatureSource() {
            @Override public LayerSchema schema() { return source.schema(); }
            @Override public long count(Query query) { return source.count(query); }
            @Override public void read(Query query, Consumer<Feature> sink) {
                reads.incrementAndGet();
                source.read(query, sink);
            }
            @Override public Envelope extent() { return source.extent(); }
        };
    }
}
