package org.onemap.thematic.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;

/**
 * A layer seen with one extra text attribute, {@value #CLASS_FIELD}: the feature's class index
 * ({@code "0"}, {@code "1"} …, or {@code "none"}). The map engine already colours features by an
 * attribute ({@link org.onemap.map.style.CategoryColors}); this lets it colour by class without
 * knowing anything of classification. Reads stream through to the wrapped source.
 */
public final class ClassedFeatureSource implements FeatureSource {
    /** The added attribute. */
    public static final String CLASS_FIELD = "_class";
    /** Its value for a feature outside every class (null value, no denominator). */
    public static final String NO_CLASS = "none";

    private final FeatureSource source;
    private final ToIntFunction<Feature> classOf;
    private final LayerSchema schema;

    /** {@code classOf} returns the class index of a feature, or -1 for none. */
    public ClassedFeatureSource(FeatureSource source, ToIntFunction<Feature> classOf) {
        this.source = source;
        this.classOf = classOf;
        LayerSchema s = source.schema();
        List<FieldDef> fields = new ArrayList<>(s.fields());
        fields.add(FieldDef.of(CLASS_FIELD, FieldType.STRING));
        this.schema = new LayerSchema(s.name(), s.geometryType(), s.srid(), fields);
    }

    @Override
    public LayerSchema schema() {
        return schema;
    }

    @Override
    public long count(Query query) {
        return source.count(query);
    }

    @Override
    public void read(Query query, Consumer<Feature> sink) {
        source.read(query, f -> {
            int c = classOf.applyAsInt(f);
            sink.accept(f.withAttribute(CLASS_FIELD, c < 0 ? NO_CLASS : Integer.toString(c)));
        });
    }

    @Override
    public Envelope extent() {
        return source.extent();
    }
}
