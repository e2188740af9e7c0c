package org.onemap.thematic.data;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;
import org.onemap.thematic.normalise.Normalisation;

/**
 * Reads one numeric attribute of a layer through the SPI, as the values a classifier takes: one per
 * feature in id order, null (or a normalisation without denominator) as NaN.
 */
public final class NumericField {
    private static final Set<FieldType> NUMERIC = EnumSet.of(FieldType.INTEGER, FieldType.LONG, FieldType.DOUBLE);

    private NumericField() {}

    /** The field's values, unnormalised. */
    public static double[] read(FeatureSource source, String field) {
        return read(source, field, Normalisation.NONE);
    }

    /**
     * The field's values after {@code normalisation}.
     *
     * @throws IllegalArgumentException the layer has no such field, or it is not numeric
     */
    public static double[] read(FeatureSource source, String field, Normalisation normalisation) {
        String name = require(source, field).name();
        double[][] buf = {new double[1024]};
        int[] n = {0};
        source.read(Query.ALL, f -> {
            Object v = f.get(name);
            double d = v instanceof Number num ? normalisation.apply(f, num.doubleValue()) : Double.NaN;
            if (n[0] == buf[0].length) buf[0] = Arrays.copyOf(buf[0], n[0] * 2);
            buf[0][n[0]++] = d;
        });
        return Arrays.copyOf(buf[0], n[0]);
    }

    /** The field's definition, or an error naming the numeric fields the layer does have. */
    public static FieldDef require(FeatureSource source, String field) {
        FieldDef def = source.schema().field(field).orElseThrow(() -> new IllegalArgumentException(
                "layer '" + source.name() + "' has no field '" + field + "' (numeric fields: " + numericFields(source) + ")"));
        if (!NUMERIC.contains(def.type())) {
            throw new IllegalArgumentException("field '" + def.name() + "' of layer '" + source.name() + "' is " + def.type()
                    + ", not numeric (numeric fields: " + numericFields(source) + ")");
        }
        return def;
    }

    private static String numericFields(FeatureSource source) {
        String s = source.schema().fields().stream().filter(f -> NUMERIC.contains(f.type())).map(FieldDef::name)
                .collect(Collectors.joining(", "));
        return s.isEmpty() ? "none" : s;
    }
}
