package org.onemap.core.units;

import java.util.Locale;

/** Units of length shown to users. */
public enum LengthUnit {
    /** Metre. */
    M(1, "米", "m"),
    /** Kilometre. */
    KM(1000, "公里", "km");

    private final double metres;
    private final String chineseSymbol;
    private final String symbol;

    LengthUnit(double metres, String chineseSymbol, String symbol) {
        this.metres = metres;
        this.chineseSymbol = chineseSymbol;
        this.symbol = symbol;
    }

    /** Metres in one of this unit. */
    public double metres() {
        return metres;
    }

    /** {@code metres} expressed in this unit. */
    public double fromMetres(double metres) {
        return metres / this.metres;
    }

    /** {@code value} of this unit in metres. */
    public double toMetres(double value) {
        return value * metres;
    }

    /** The symbol users of {@code locale} read: 米/公里 for any zh locale, else m/km. */
    public String symbol(Locale locale) {
        return AreaUnit.isChinese(locale) ? chineseSymbol : symbol;
    }
}
