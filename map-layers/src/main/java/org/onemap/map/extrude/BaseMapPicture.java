package org.onemap.map.extrude;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.onemap.map.render.MapComposer;
import org.onemap.map.render.MapDecorations;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.RenderOptions;
import org.onemap.map.render.Viewport;

/**
 * The flat map under an extrusion: the given layers drawn by the one renderer ({@link MapComposer})
 * over a box in local metres, as the texture of the ground plane. Headless.
 */
public record BaseMapPicture(BufferedImage image, Envelope localBounds) {
    /** Texture side limit: what GL drivers (Mesa llvmpipe included) take without complaint. */
    public static final int MAX_SIDE = 4096;

    /**
     * Renders {@code layers} over {@code local} (x east, y north) grown by {@code margin} (a fraction of
     * its larger side) into an image whose longer side is {@code longSide} device pixels (at most
     * {@link #MAX_SIDE}) at {@code pixelRatio} (2 draws lines and labels twice as big, to stay legible
     * on a plane seen from afar). The returned bounds are exactly what the picture shows.
     */
    public static BaseMapPicture render(List<RenderLayer> layers, LocalMetres frame, Envelope local, double margin,
                                        int longSide, double pixelRatio, Color background) {
        Envelope box = new Envelope(local);
        double grow = Math.max(box.getWidth(), box.getHeight()) * margin;
        box.expandBy(Math.max(grow, 1));
        int side = (int) Math.round(Math.min(MAX_SIDE, Math.max(64, longSide)) / pixelRatio);
        double res = Math.max(box.getWidth(), box.getHeight()) / side;
        int w = Math.max(1, (int) Math.round(box.getWidth() / res));
        int h = Math.max(1, (int) Math.round(box.getHeight() / res));
        double cx = frame.centreX() + box.centre().x;
        double cy = frame.centreY() + box.centre().y;
        Viewport vp = Viewport.ofMercator(cx, cy, res, w, h, pixelRatio);
        BufferedImage image = new MapComposer()
                .compose(layers, vp, new RenderOptions(background, true, false), MapDecorations.none()).image();
        Envelope shown = new Envelope(box.centre().x - w * res / 2, box.centre().x + w * res / 2,
                box.centre().y - h * res / 2, box.centre().y + h * res / 2);
        return new BaseMapPicture(image, shown);
    }
}
