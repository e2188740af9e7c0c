package org.onemap.map.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelImageTest {
    private static final Color INK = new Color(0x1b2a49);

    private static PlacedLabel label(double x, double y, double angle) {
        // a box generous enough for the text and its 2 px halo at 20 px (the placer's boxes are tighter)
        Rectangle2D box = new Rectangle2D.Double(x - 60, y - 40, 120, 80);
        return new PlacedLabel("湘潭县 Xiangtan", "county", box, "f1", x, y, angle, 20, false, INK, Color.WHITE, 2, 1);
    }

    @Test
    void theImageHoldsTheSamePixelsAsTheMapRendererDrawsThere() {
        PlacedLabel l = label(200.4, 120.7, 0);
        LabelImage img = LabelImage.of(l);
        BufferedImage map = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = map.createGraphics();
        MapRenderer.hints(g);
        LabelPainter.paint(g, List.of(l));
        g.dispose();
        int[] mapPixels = ((DataBufferInt) map.getRaster().getDataBuffer()).getData();
        int painted = 0;
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                int expected = mapPixels[(img.y() + y) * map.getWidth() + img.x() + x];
                int actual = img.argbPre()[y * img.width() + x];
                assertEquals(expected, actual, "pixel " + x + "," + y);
                if (actual != 0) painted++;
            }
        }
        assertTrue(painted > 200, "text and halo drawn: " + painted + " pixels");
    }

    @Test
    void theAnchorIsTheLabelCentreInsideTheImage() {
        LabelImage img = LabelImage.of(label(200.4, 120.7, 0));
        assertEquals(200.4 - img.x(), img.anchorX(), 1e-9);
        assertEquals(120.7 - img.y(), img.anchorY(), 1e-9);
        assertTrue(img.x() <= 140 - 1 && img.x() + img.width() >= 260 + 1, "the box and a pixel around it");
    }

    @Test
    void aTurnedLabelIsDrawnTurnedSoTheScreenNeedNotRotateIt() {
        LabelImage flat = LabelImage.of(label(100, 100, 0));
        LabelImage turned = LabelImage.of(label(100, 100, Math.PI / 2));
        assertTrue(inkRows(turned) > inkRows(flat) * 2, "upright text spans few rows, text turned a quarter spans many: "
                + inkRows(flat) + " vs " + inkRows(turned));
    }

    private static int inkRows(LabelImage img) {
        int rows = 0;
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                if (img.argbPre()[y * img.width() + x] >>> 24 != 0) {
                    rows++;
                    break;
                }
            }
        }
        return rows;
    }
}
