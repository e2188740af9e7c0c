package org.onemap.thematic.normalise;

import org.onemap.core.feature.Feature;

/**
 * Turns a feature's raw value into a rate before it is classified, so big regions do not dominate a
 * choropleth merely by being big: per area ({@link PerArea}, e.g. per mu) or per capita ({@link PerCapita}).
 * A feature without a usable denominator gives NaN, which classifiers skip like a null.
 */
@FunctionalInterface
public interface Normalisation {
    /** The raw value, unchanged. */
    Normalisation NONE = (feature, value) -> value;

    double apply(Feature feature, double value);
}
