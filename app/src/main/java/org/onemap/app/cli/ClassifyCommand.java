package org.onemap.app.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.stream.Collectors;
import org.onemap.core.spi.FeatureSource;
import org.onemap.core.units.AreaUnit;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.sample.real.CountyCensus;
import org.onemap.thematic.classify.Breaks;
import org.onemap.thematic.classify.ClassificationMethod;
import org.onemap.thematic.data.NumericField;
import org.onemap.thematic.normalise.Normalisation;
import org.onemap.thematic.normalise.PerArea;
import org.onemap.thematic.normalise.PerCapita;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code onemap classify --layer L --field F --method jenks|quantile|equal|stddev|geometric --classes K}:
 * prints the breaks one per line, the minimum first, then each class's upper bound (K+1 lines, fewer
 * when the data cannot fill K classes, e.g. fewer distinct values). Null values are skipped.
 * {@code --per mu} classifies the value per mu of each feature's own (ellipsoidal) area;
 * {@code --per capita} per inhabitant of the feature's county (2020 census, sample-data).
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "print the class breaks of a numeric field, one per line (minimum first, then each class's upper bound)")
final class ClassifyCommand extends WorkspaceCommand {
    @Option(names = "--layer", required = true, paramLabel = "NAME", description = "layer name")
    String layer;

    @Option(names = "--field", required = true, paramLabel = "FIELD", description = "numeric attribute to classify")
    String field;

    @Option(names = "--method", paramLabel = "M", defaultValue = "jenks",
            description = "jenks|quantile|equal|stddev|geometric (default ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--classes", paramLabel = "K", defaultValue = "5", description = "number of classes (default ${DEFAULT-VALUE})")
    int classes;

    @Option(names = "--per", paramLabel = "mu|capita",
            description = "normalise first: per mu of the feature's own area, or per person of its county (2020 census)")
    String per;

    @Option(names = "--code-field", paramLabel = "FIELD",
            description = "county-code attribute for --per capita (default: county_code, else adcode)")
    String codeField;

    @Override
    public Integer call() {
        ClassificationMethod m = parseMethod(method);
        if (classes < 1) throw new UsageException("--classes must be at least 1, got " + classes);
        if (per != null && !per.equals("mu") && !per.equals("capita")) {
            throw new UsageException("--per: expected mu or capita, got '" + per + "'");
        }
        double[] values;
        try (H2gisWorkspace ws = workspace().openForReading()) {
            FeatureSource source = KnownLayer.require(ws, layer);
            try {
                values = NumericField.read(source, field, normalisation(source));
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage(), e);
            }
        }
        Breaks breaks;
        try {
            breaks = m.classifier().classify(values, classes);
        } catch (IllegalArgumentException e) { // no values, or geometric over zero/negatives
            throw new CliException(layer + "." + field + ": " + e.getMessage(), e);
        }
        for (double b : breaks.breaks()) spec.commandLine().getOut().println(format(b));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    private Normalisation normalisation(FeatureSource source) {
        if (per == null) return Normalisation.NONE;
        if (per.equals("mu")) return new PerArea(AreaUnit.MU, source.schema().srid());
        String code = codeField != null ? codeField
                : source.schema().field("county_code").isPresent() ? "county_code" : "adcode";
        String name = source.schema().field(code).orElseThrow(() -> new CliException("--per capita: layer '" + layer
                + "' has no county-code field '" + code + "' (name one with --code-field)")).name();
        Map<String, Long> population = CountyCensus.loadAll().values().stream()
                .collect(Collectors.toMap(CountyCensus::code, CountyCensus::population));
        return new PerCapita(name, population, 1);
    }

    private static ClassificationMethod parseMethod(String name) {
        ClassificationMethod m;
        try {
            m = ClassificationMethod.fromName(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--method: unknown method '" + name + "' (expected jenks, quantile, equal, stddev or geometric)");
        }
        if (m == ClassificationMethod.MANUAL) {
            throw new UsageException("--method manual takes breaks typed in the app; the CLI computes jenks, quantile, equal, stddev or geometric");
        }
        return m;
    }

    /**
     * Plain decimal in {@link java.util.Locale#ROOT} style: 6 decimals (at least 6 significant digits
     * below 1), trailing zeros trimmed, never an exponent.
     */
    static String format(double v) {
        if (v == 0) return "0";
        BigDecimal d = new BigDecimal(v);
        d = Math.abs(v) < 1 ? d.round(new MathContext(6, RoundingMode.HALF_EVEN)) : d.setScale(6, RoundingMode.HALF_EVEN);
        d = d.stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }
}
