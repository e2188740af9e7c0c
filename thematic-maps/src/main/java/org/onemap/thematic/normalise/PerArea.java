package org.onemap.thematic.normalise;

import java.util.Objects;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.geodesy.EllipsoidalMeasure;
import org.onemap.core.units.AreaUnit;

/**
 * Value per unit of the feature's own area, measured on the ellipsoid (not in degrees or Web Mercator,
 * which inflates areas at Xiangtan's latitude by ~28%). {@code new PerArea(AreaUnit.MU, 4326)} gives "per mu".
 *
 * @param unit the area unit of the denominator
 * @param srid the layer's SRID (4326 for workspace layers)
 */
public record PerArea(AreaUnit unit, int srid) implements Normalisation {
    public PerArea {
        Objects.requireNonNull(unit, "unit");
    }

    /** Per mu of a lon/lat layer. */
    public static PerArea perMu() {
        return new PerArea(AreaUnit.MU, LayerSchema.WGS84);
    }

    @Override
    public double apply(Feature feature, double value) {
        double area = area(feature);
        return area > 0 ? value / area : Double.NaN;
    }

    /** The feature's area in {@link #unit}; 0 for points, lines and a missing geometry. */
    public double area(Feature feature) {
        if (feature.geometry() == null || feature.geometry().isEmpty()) return 0;
        double m2 = srid == LayerSchema.WGS84 || srid == 0 || srid == 4490
                ? EllipsoidalMeasure.area(feature.geometry())
                : EllipsoidalMeasure.area(feature.geometry(), "EPSG:" + srid);
        return unit.fromSquareMetres(m2);
    }
}
