package org.onemap.map.render;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A metric scale bar: a round ground length (1, 2 or 5 × 10ⁿ metres), its length in logical pixels
 * at the viewport's centre latitude, and its label ("5 公里", "500 m").
 */
public record ScaleBar(double metres, double lengthPx, String label) {
    /** The longest round length that fits in {@code maxLengthPx} logical pixels of {@code viewport}. */
    public static ScaleBar forViewport(Viewport viewport, double maxLengthPx, Locale locale) {
        double mpp = viewport.metresPerPixel();
        double metres = roundDown(maxLengthPx * mpp);
        return new ScaleBar(metres, metres / mpp, label(metres, locale));
    }

    /** The largest 1, 2 or 5 × 10ⁿ not above {@code metres}. */
    static double roundDown(double metres) {
        double p = Math.pow(10, Math.floor(Math.log10(metres)));
        double m = metres / p;
        double nice = m >= 5 ? 5 : m >= 2 ? 2 : 1;
        return nice * p;
    }

    static String label(double metres, Locale locale) {
        DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return metres >= 1000
                ? MapMessages.get(locale, "scale.km", f.format(metres / 1000))
                : MapMessages.get(locale, "scale.m", f.format(metres));
    }
}
