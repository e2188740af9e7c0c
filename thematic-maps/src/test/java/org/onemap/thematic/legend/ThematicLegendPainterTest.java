package org.onemap.thematic.legend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.onemap.thematic.classify.Quantile;
import org.onemap.thematic.palette.Palette;

class ThematicLegendPainterTest {
    @Test
    void paintsOneSwatchPerClassInItsColour() {
        ThematicLegend legend = ThematicLegend.of("亩均产值", new Quantile().classify(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, 4),
                Palette.OR_RD.colors(4), Locale.SIMPLIFIED_CHINESE);
        BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        Rectangle2D box = ThematicLegendPainter.draw(g, legend, 0, 0, 1);
        for (int i = 0; i < 4; i++) {
            int px = img.getRGB((int) ThematicLegendPainter.swatchCentreX(), (int) ThematicLegendPainter.swatchCentreY(legend, i, g));
            assertEquals(Integer.toHexString(legend.entries().get(i).color().getRGB()), Integer.toHexString(px), "swatch " + i);
        }
        g.dispose();
        assertTrue(box.getWidth() > 60 && box.getHeight() > 4 * 14, "box holds four rows: " + box);
    }
}
