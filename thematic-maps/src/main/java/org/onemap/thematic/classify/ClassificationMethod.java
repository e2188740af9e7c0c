package org.onemap.thematic.classify;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a numeric field is cut into classes; the CLI name is the lower-case word users type. */
public enum ClassificationMethod {
    EQUAL("equal"),
    QUANTILE("quantile"),
    JENKS("jenks"),
    STDDEV("stddev"),
    GEOMETRIC("geometric"),
    MANUAL("manual");

    private final String cliName;

    ClassificationMethod(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** The classifier for this method; {@link #MANUAL} has none because its breaks come from the user ({@link ManualBreaks}). */
    public Classifier classifier() {
        return switch (this) {
            case EQUAL -> new EqualInterval();
            case QUANTILE -> new Quantile();
            case JENKS -> new JenksNaturalBreaks();
            case STDDEV -> new StandardDeviation();
            case GEOMETRIC -> new GeometricInterval();
            case MANUAL -> throw new IllegalArgumentException("manual classification needs the breaks: use new ManualBreaks(breaks)");
        };
    }

    /** Parses a CLI name ({@code jenks}, {@code quantile} …) or enum name, case-insensitively. */
    public static ClassificationMethod fromName(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (ClassificationMethod m : values()) {
            if (m.cliName.equals(n) || m.name().toLowerCase(Locale.ROOT).equals(n)) return m;
        }
        throw new IllegalArgumentException("unknown classification method '" + name + "' (expected one of: "
                + Arrays.stream(values()).map(ClassificationMethod::cliName).collect(Collectors.joining(", ")) + ")");
    }
}
