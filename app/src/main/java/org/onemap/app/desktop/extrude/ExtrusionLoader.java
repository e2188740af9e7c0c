package org.onemap.app.desktop.extrude;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.onemap.app.desktop.Messages;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerInfo;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.extrude.BaseMapPicture;
import org.onemap.map.extrude.ColourClasses;
import org.onemap.map.extrude.ExtrusionBuilder;
import org.onemap.map.extrude.ExtrusionModel;
import org.onemap.map.extrude.HeightScale;
import org.onemap.map.extrude.LocalMetres;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.RenderLayers;
import org.onemap.thematic.classify.Breaks;
import org.onemap.thematic.classify.JenksNaturalBreaks;
import org.onemap.thematic.palette.Palette;

/**
 * Builds an {@link ExtrusionScene} from a workspace (headless; the view-model runs it off the FX
 * thread): reads the preset's layer, classifies its attribute with Jenks natural breaks into the YlOrRd
 * ramp, extrudes every feature into merged class meshes and renders the base map under them.
 */
final class ExtrusionLoader {
    /** Context drawn on the ground plane, bottom to top, where the workspace has them. */
    static final List<String> BASE_LAYERS = List.of("county", "river", "township");
    /** 2048 device pixels at ratio 2: sharp enough for a full-window plane, cheap to sample in software GL. */
    private static final int TEXTURE_SIDE = 2048;
    private static final double TEXTURE_RATIO = 2;
    private static final Color GROUND = new Color(0xEEF0EA);

    private ExtrusionLoader() {}

    static ExtrusionScene load(DataSource workspace, ExtrusionPreset preset, Messages messages) {
        FeatureSource source = workspace.layer(preset.layer());
        source.schema().field(preset.attribute()).orElseThrow(() -> new IllegalArgumentException(
                messages.format("extrude.error.noField", preset.layer(), preset.attribute())));
        List<Feature> features = source.list(new Query(null, List.of(), ExtrusionPreset.MAX_FEATURES));
        double[] values = new double[features.size()];
        Envelope lonLat = new Envelope();
        for (int i = 0; i < values.length; i++) {
            Feature f = features.get(i);
            values[i] = number(f.get(preset.attribute()));
            if (f.geometry() != null) lonLat.expandToInclude(f.geometry().getEnvelopeInternal());
        }
        if (lonLat.isNull()) throw new IllegalArgumentException(messages.format("extrude.error.empty", preset.layer()));
        Breaks breaks = new JenksNaturalBreaks().classify(values, ExtrusionPreset.CLASSES);
        ColourClasses classes = new ColourClasses(breaks.breaks(), colours(breaks.classes()));

        LocalMetres frame = LocalMetres.centredOn(lonLat);
        Envelope local = frame.project(lonLat);
        double span = Math.max(local.getWidth(), local.getHeight());
        HeightScale scale = HeightScale.of(preset.scale(), breaks.breaks()[breaks.classes()], span * preset.heightFraction());
        ExtrusionBuilder builder = new ExtrusionBuilder(frame, scale, classes);
        Map<String, Feature> byId = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            Feature f = features.get(i);
            if (builder.add(f.id(), f.geometry(), values[i])) byId.put(f.id(), f);
        }
        ExtrusionModel model = builder.build();
        BaseMapPicture base = BaseMapPicture.render(baseLayers(workspace), frame, local, 0.08, TEXTURE_SIDE, TEXTURE_RATIO, GROUND);
        return new ExtrusionScene(preset, source.schema(), model, base, legend(model, breaks, messages, preset), byId);
    }

    private static List<RenderLayer> baseLayers(DataSource workspace) {
        List<String> present = new ArrayList<>();
        for (LayerInfo info : workspace.layers()) if (BASE_LAYERS.contains(info.name())) present.add(info.name());
        return RenderLayers.of(workspace, present);
    }

    // the ramp without its palest step, which would vanish against the light ground
    private static int[] colours(int k) {
        List<Color> ramp = Palette.YL_OR_RD.colors(k + 1);
        int[] out = new int[k];
        for (int i = 0; i < k; i++) out[i] = ramp.get(i + 1).getRGB();
        return out;
    }

    private static List<LegendEntry> legend(ExtrusionModel model, Breaks breaks, Messages messages, ExtrusionPreset preset) {
        int[] counts = new int[breaks.classes()];
        for (var f : model.features()) counts[f.classIndex()]++;
        NumberFormat nf = NumberFormat.getNumberInstance(messages.locale());
        nf.setMaximumFractionDigits(breaks.breaks()[breaks.classes()] >= 100 ? 0 : 1);
        String unit = messages.get(preset.unitKey());
        List<LegendEntry> out = new ArrayList<>();
        for (int c = breaks.classes() - 1; c >= 0; c--) {   // tallest first, as the eye reads a 3D legend
            String label = messages.format("extrude.legend.range", nf.format(breaks.lower(c)), nf.format(breaks.upper(c)), unit);
            out.add(new LegendEntry(model.classes().colour(c), label, counts[c]));
        }
        return out;
    }

    private static double number(Object v) {
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
