package org.onemap.map.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngEncoderTest {
    private static BufferedImage noisyMap(int w, int h, boolean opaque) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        if (opaque) {
            g.setColor(RenderOptions.PAPER);
            g.fillRect(0, 0, w, h);
        }
        Random r = new Random(7);
        for (int i = 0; i < 4000; i++) {
            g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), opaque ? 255 : r.nextInt(256)));
            g.fillRect(r.nextInt(w), r.nextInt(h), 1 + r.nextInt(9), 1 + r.nextInt(9));
        }
        g.dispose();
        return img;
    }

    @Test
    void opaqueMapReadsBackPixelForPixel(@TempDir Path dir) throws Exception {
        BufferedImage img = noisyMap(517, 301, true);   // not a multiple of the row block
        Path f = dir.resolve("map.png");
        PngEncoder.write(img, f);
        BufferedImage back = ImageIO.read(f.toFile());
        assertEquals(517, back.getWidth());
        assertEquals(301, back.getHeight());
        for (int y = 0; y < 301; y++) {
            for (int x = 0; x < 517; x++) {
                assertEquals(img.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y + " after a PNG round trip");
            }
        }
    }

    @Test
    void translucentImageKeepsItsAlpha(@TempDir Path dir) throws Exception {
        BufferedImage img = noisyMap(200, 140, false);
        Path f = dir.resolve("overlay.png");
        PngEncoder.write(img, f);
        BufferedImage back = ImageIO.read(f.toFile());
        for (int y = 0; y < 140; y++) {
            for (int x = 0; x < 200; x++) {
                int p = img.getRGB(x, y), q = back.getRGB(x, y);
                assertEquals(p >>> 24, q >>> 24, "alpha at " + x + "," + y);
                if (p >>> 24 > 32) {   // colour of nearly transparent pixels is rounded away by premultiplying
                    for (int s = 0; s < 24; s += 8) {
                        assertEquals(p >> s & 255, q >> s & 255, 8, "channel at " + x + "," + y);
                    }
                }
            }
        }
    }
}
