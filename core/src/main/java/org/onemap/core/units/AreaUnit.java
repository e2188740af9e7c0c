package org.onemap.core.units;

import java.util.Locale;

/**
 * Units of area shown to users. The mu (亩) is the Chinese farmland unit, exactly 10000/15 m²
 * (1 ha = 15 mu); conversions keep that ratio exact rather than rounding it to 666.67 m².
 */
public enum AreaUnit {
    /** Square metre. */
    M2(1, 1, "平方米", "m²"),
    /** Hectare, 10 000 m². */
    HA(10_000, 1, "公顷", "ha"),
    /** Mu (亩), 10 000 / 15 m². */
    MU(10_000, 15, "亩", "mu"),
    /** Square kilometre, 1 000 000 m². */
    KM2(1_000_000, 1, "平方公里", "km²");

    // square metres per unit = numerator / denominator, kept apart so mu stays exact
    private final double numerator;
    private final double denominator;
    private final String chineseSymbol;
    private final String symbol;

    AreaUnit(double numerator, double denominator, String chineseSymbol, String symbol) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.chineseSymbol = chineseSymbol;
        this.symbol = symbol;
    }

    /** Square metres in one of this unit (666.666… for mu). */
    public double squareMetres() {
        return numerator / denominator;
    }

    /** {@code squareMetres} expressed in this unit. */
    public double fromSquareMetres(double squareMetres) {
        return squareMetres * denominator / numerator;
    }

    /** {@code value} of this unit in square metres. */
    public double toSquareMetres(double value) {
        return value * numerator / denominator;
    }

    /** {@code value} of this unit expressed in {@code other}. */
    public double convert(double value, AreaUnit other) {
        return other.fromSquareMetres(toSquareMetres(value));
    }

    /** The symbol users of {@code locale} read: Chinese (平方米, 公顷, 亩, 平方公里) for any zh locale, else m², ha, mu, km². */
    public String symbol(Locale locale) {
        return isChinese(locale) ? chineseSymbol : symbol;
    }

    static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }
}
