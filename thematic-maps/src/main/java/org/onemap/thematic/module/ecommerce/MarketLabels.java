package org.onemap.thematic.module.ecommerce;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.MapFonts;
import org.onemap.map.render.Viewport;
import org.onemap.thematic.render.MapOverlay;

/**
 * The markets the sales flows end at: a ringed dot and the market's name (in pinyin for English maps),
 * so the arrows say where the produce goes.
 */
final class MarketLabels implements MapOverlay {
    private static final Map<String, String> ENGLISH = Map.of("长沙", "Changsha", "株洲", "Zhuzhou", "湘潭城区", "Xiangtan city");

    private final Map<String, Coordinate> markets = new LinkedHashMap<>();
    private final boolean english;

    MarketLabels(FeatureSource salesFlows, boolean english) {
        this.english = english;
        salesFlows.read(Query.ALL, f -> {
            if (f.geometry() == null || f.get("destination") == null) return;
            Coordinate[] c = f.geometry().getCoordinates();
            markets.putIfAbsent(f.get("destination").toString(), c[c.length - 1]);
        });
    }

    @Override
    public int draw(Graphics2D target, Viewport vp) {
        Graphics2D g = (Graphics2D) target.create();
        try {
            g.scale(vp.pixelRatio(), vp.pixelRatio());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Font font = MapFonts.font(14, true);
            for (Map.Entry<String, Coordinate> m : markets.entrySet()) {
                double x = vp.toPixelX(m.getValue().x), y = vp.toPixelY(m.getValue().y);
                Ellipse2D dot = new Ellipse2D.Double(x - 6, y - 6, 12, 12);
                g.setColor(Color.WHITE);
                g.fill(dot);
                g.setColor(new Color(0x222222));
                g.setStroke(new BasicStroke(2.5f));
                g.draw(dot);
                String name = english ? ENGLISH.getOrDefault(m.getKey(), m.getKey()) : m.getKey();
                TextLayout text = new TextLayout(name, font, g.getFontRenderContext());
                java.awt.Shape outline = text.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(x + 10, y - 8));
                g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.setColor(Color.WHITE);
                g.draw(outline);
                g.setColor(new Color(0x222222));
                g.fill(outline);
            }
        } finally {
            g.dispose();
        }
        return markets.size();
    }
}
