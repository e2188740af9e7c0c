package org.onemap.app.briefing;

import java.awt.image.BufferedImage;
import java.util.Locale;
import org.onemap.core.spi.DataSource;

/**
 * The map picture of a slide at print resolution: a 16:9 frame of {@link #WIDTH} × {@link #HEIGHT}
 * logical pixels (about 11.1 × 6.25 in), scaled by dpi / 96, so 300 dpi gives a 3333 × 1875 image.
 */
public final class SlideImages {
    public static final int WIDTH = 1067;
    public static final int HEIGHT = 600;

    private final SlideRenderer renderer = new SlideRenderer();
    private final DataSource data;
    private final Locale locale;

    public SlideImages(DataSource data, Locale locale) {
        this.data = data;
        this.locale = locale;
    }

    public BufferedImage image(Slide slide, int dpi) {
        if (dpi < 72 || dpi > 600) throw new IllegalArgumentException("dpi out of range (72..600): " + dpi);
        return renderer.render(data, slide, WIDTH, HEIGHT, dpi / SlideRenderer.LOGICAL_DPI, locale).image();
    }
}
