package org.onemap.core.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Formats areas and lengths for one locale: the number with that locale's grouping and decimal
 * marks, a space, then the unit symbol ({@code "1,234.5 亩"} in zh_CN, {@code "1,234.5 mu"} in en,
 * {@code "1.234,5 mu"} in de). Trailing zeros are dropped and halves round up, as a surveyor reads them.
 *
 * <p>Immutable and thread-safe: a {@link NumberFormat} is made per call because it is neither.
 */
public final class MeasureFormat {
    /** Separator between the three units of {@link #formatAreaAllUnits}. */
    public static final String ALL_UNITS_SEPARATOR = " / ";

    private final Locale locale;

    public MeasureFormat(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    public Locale locale() {
        return locale;
    }

    /**
     * An area given in square metres, shown in {@code unit} with that unit's usual precision
     * (m² 1 decimal, ha 4, mu 2, km² 4).
     */
    public String formatArea(double squareMetres, AreaUnit unit) {
        return formatArea(squareMetres, unit, defaultDigits(unit));
    }

    /** An area given in square metres, shown in {@code unit} with at most {@code maxFractionDigits} decimals. */
    public String formatArea(double squareMetres, AreaUnit unit, int maxFractionDigits) {
        return number(unit.fromSquareMetres(squareMetres), maxFractionDigits) + " " + unit.symbol(locale);
    }

    /** The same area in m², ha and mu, e.g. {@code "10,000 m² / 1 ha / 15 mu"}. */
    public String formatAreaAllUnits(double squareMetres) {
        return formatArea(squareMetres, AreaUnit.M2) + ALL_UNITS_SEPARATOR
                + formatArea(squareMetres, AreaUnit.HA) + ALL_UNITS_SEPARATOR
                + formatArea(squareMetres, AreaUnit.MU);
    }

    /** A length in metres, shown in m below 1 km and in km from there on. */
    public String formatLength(double metres) {
        return formatLength(metres, Math.abs(metres) < 1000 ? LengthUnit.M : LengthUnit.KM);
    }

    /** A length in metres, shown in {@code unit} (m 1 decimal, km 3). */
    public String formatLength(double metres, LengthUnit unit) {
        int digits = unit == LengthUnit.M ? 1 : 3;
        return number(unit.fromMetres(metres), digits) + " " + unit.symbol(locale);
    }

    private String number(double value, int maxFractionDigits) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setGroupingUsed(true);
        nf.setMinimumFractionDigits(0);
        nf.setMaximumFractionDigits(maxFractionDigits);
        nf.setRoundingMode(RoundingMode.HALF_UP);
        // via the shortest decimal form, so 1.2345 rounds up like it reads, not like its binary 1.23449999…
        return Double.isFinite(value) ? nf.format(BigDecimal.valueOf(value)) : nf.format(value);
    }

    private static int defaultDigits(AreaUnit unit) {
        return switch (unit) {
            case M2 -> 1;
            case HA, KM2 -> 4;
            case MU -> 2;
        };
    }
}
