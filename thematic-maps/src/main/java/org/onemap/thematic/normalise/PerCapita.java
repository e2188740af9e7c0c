package org.onemap.thematic.normalise;

import java.util.Map;
import java.util.Objects;
import org.onemap.core.feature.Feature;

/**
 * Value per {@code per} inhabitants (1 = per person, 10 000 = per 10 000 people). The population comes
 * from the caller keyed by admin code (the app passes the 2020 census per county); the feature's admin
 * code is read from {@code codeField}. A feature whose code has no population, or zero, gives NaN.
 *
 * @param codeField  attribute holding the 6/9/12-digit admin code, e.g. {@code county_code}
 * @param population inhabitants by admin code
 * @param per        people per unit of the rate
 */
public record PerCapita(String codeField, Map<String, ? extends Number> population, double per) implements Normalisation {
    public PerCapita {
        Objects.requireNonNull(codeField, "codeField");
        population = Map.copyOf(population);
        if (!(per > 0)) throw new IllegalArgumentException("per must be > 0: " + per);
    }

    @Override
    public double apply(Feature feature, double value) {
        Object code = feature.get(codeField);
        if (code == null) return Double.NaN;
        Number people = population.get(code.toString().trim());
        return people == null || people.doubleValue() <= 0 ? Double.NaN : value * per / people.doubleValue();
    }
}
