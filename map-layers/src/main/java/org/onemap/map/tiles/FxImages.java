package org.onemap.map.tiles;

import java.awt.image.BufferedImage;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** BufferedImage → JavaFX image without SwingFXUtils: a straight copy of premultiplied ARGB ints. */
public final class FxImages {
    private FxImages() {}

    public static WritableImage toFxImage(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage src = image;
        if (image.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            src = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            var g = src.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        int[] pixels = (int[]) src.getRaster().getDataElements(0, 0, w, h, null);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        return fx;
    }
}
