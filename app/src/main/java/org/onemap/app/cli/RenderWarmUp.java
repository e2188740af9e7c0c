package org.onemap.app.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.onemap.map.render.MapFonts;

/**
 * For a render, starts Java2D and the map font (font manager, fontconfig, the CJK font file, the
 * antialiasing rasteriser) on a background thread while the main thread parses the command line and
 * loads the render caches. A cold {@code onemap render} otherwise does this in line before the legend
 * and title are drawn (~0.1 s of one core) while the second core has nothing to do. The pixels do not
 * depend on it: the same font and the same drawing happen either way.
 */
final class RenderWarmUp {
    private static final String SAMPLE = "湘潭市数字乡村一张图 图例 比例尺 1:50 km";

    private RenderWarmUp() {}

    /**
     * Starts the warm-up when {@code args} name a render ({@code render}, {@code brief render});
     * {@code -Donemap.render.warmUp=false} leaves it out (to measure what it saves).
     */
    static void startIfRendering(String[] args) {
        if (!List.of(args).contains("render") || !Boolean.parseBoolean(System.getProperty("onemap.render.warmUp", "true"))) return;
        Thread t = new Thread(RenderWarmUp::warm, "onemap-render-warm-up");
        t.setDaemon(true);   // never keeps the process alive
        t.start();
    }

    private static void warm() {
        try {
            BufferedImage img = new BufferedImage(64, 16, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(0.5f));
            g.draw(new Ellipse2D.Double(1, 1, 12, 12));
            g.setFont(MapFonts.font(12, false));
            g.drawString(SAMPLE, 0, 12);
            g.dispose();
        } catch (RuntimeException | Error e) {
            // only a head start: the render itself meets and reports any real problem
        }
    }
}
