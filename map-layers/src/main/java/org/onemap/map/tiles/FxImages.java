package org.onemap.map.tiles;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Premultiplied ARGB pixels → JavaFX image without SwingFXUtils. The image keeps the ints as they are
 * (a {@link PixelBuffer}): a plain {@code WritableImage} stores bytes (BGRA), so each pixel would be
 * converted once when the image is made and back again when the software pipeline uploads it, on the
 * render thread (half its time on a 4K wall changing views, BENCHMARKS.md "Wall display soak").
 */
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
        return ofArgbPre(pixels(src), w, h);
    }

    /**
     * The image's own pixel array when it holds exactly its w×h pixels (a tile is never drawn into again once
     * rendered and cached, so the screen may share it: one copy less of every tile on a wall); else a copy.
     */
    private static int[] pixels(BufferedImage src) {
        int w = src.getWidth();
        int h = src.getHeight();
        var raster = src.getRaster();
        if (raster.getDataBuffer() instanceof DataBufferInt db && db.getNumBanks() == 1 && db.getOffset() == 0
                && db.getSize() == w * h && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                && raster.getSampleModel() instanceof SinglePixelPackedSampleModel sm && sm.getScanlineStride() == w) {
            return db.getData();
        }
        return (int[]) raster.getDataElements(0, 0, w, h, null);
    }

    /** An image of {@code w}×{@code h} premultiplied ARGB ints, row by row; the array must not change afterwards. */
    public static WritableImage ofArgbPre(int[] pixels, int w, int h) {
        if (pixels.length < w * h) throw new IllegalArgumentException(pixels.length + " pixels for " + w + "×" + h);
        return new WritableImage(new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance()));
    }
}
