package org.onemap.map.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onemap.map.style.LabelStyle;

/**
 * Places labels after all geometry is drawn: highest priority first (style priority, then upper layer,
 * then bigger feature), each at the first free position of its candidates; a label that fits nowhere
 * is dropped, so no two labels overlap. Only measures: {@link LabelPainter} draws the result.
 */
final class LabelPlacer {
    private static final Comparator<LabelCandidate> ORDER = Comparator
            .comparingInt((LabelCandidate c) -> c.style().priority()).reversed()
            .thenComparing(Comparator.comparingInt(LabelCandidate::layerIndex).reversed())
            .thenComparing(Comparator.comparingDouble(LabelCandidate::size).reversed())
            .thenComparingDouble(LabelCandidate::y)
            .thenComparingDouble(LabelCandidate::x)
            .thenComparing(LabelCandidate::text);

    private final Rectangle2D area;
    private final boolean tiled;
    private final double ratio;
    /** Device pixels of the clearance every label keeps (one logical pixel, times the label scale). */
    private final double clearance;
    private final Map<Long, Font> fonts = new HashMap<>();

    /**
     * {@code area}: the image, in device pixels. Tiled, the image is one cell of a grid of equal tiles,
     * and a label goes to the tile that holds its first position not cut by a tile edge: see {@link #place}.
     */
    LabelPlacer(Rectangle2D area, boolean tiled, double ratio) {
        this(area, tiled, ratio, 1);
    }

    /**
     * For candidates whose styles were scaled by {@code labelScale} ({@link LabelCollector}): the gap
     * kept round each label grows with its text, so scaled labels stay as far apart, relatively.
     */
    LabelPlacer(Rectangle2D area, boolean tiled, double ratio, double labelScale) {
        this.area = area;
        this.tiled = tiled;
        this.ratio = ratio;
        this.clearance = ratio * labelScale;
    }

    /**
     * Places the candidates, measuring text with {@code frc}; draws nothing. The result is in placement
     * order (highest priority first), which is also the order to draw in.
     */
    List<PlacedLabel> place(FontRenderContext frc, List<LabelCandidate> candidates) {
        if (candidates.isEmpty()) return List.of();
        List<LabelCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(ORDER);
        Rectangle2D gridArea = area.createUnion(bounds(sorted));
        LabelCollisionGrid grid = new LabelCollisionGrid(gridArea);
        // Point symbols are obstacles: a label must not hide another place's marker.
        for (LabelCandidate c : sorted) {
            if (c.kind() == LabelCandidate.Kind.POINT && c.symbolRadius() > 0) {
                double r = c.symbolRadius();
                grid.take(new Rectangle2D.Double(c.x() - r, c.y() - r, 2 * r, 2 * r));
            }
        }
        List<PlacedLabel> placed = new ArrayList<>();
        for (LabelCandidate c : sorted) {
            LabelStyle s = c.style();
            Font font = font(s);
            Rectangle2D lb = font.createGlyphVector(frc, c.text()).getLogicalBounds();
            double w = lb.getWidth();
            double h = lb.getHeight();
            double pad = (s.halo() != null ? s.haloWidth() : 0) * ratio + clearance;
            Rectangle2D box = null;
            double cx = 0, cy = 0, angle = 0;
            if (c.kind() == LabelCandidate.Kind.LINE) {
                if (w > c.room() * 0.95) continue;   // longer than the visible line
                AffineTransform at = AffineTransform.getTranslateInstance(c.x(), c.y());
                at.rotate(c.angle());
                Rectangle2D b = at.createTransformedShape(new Rectangle2D.Double(-w / 2 - pad, -h / 2 - pad, w + 2 * pad, h + 2 * pad))
                        .getBounds2D();
                if (decide(grid, b) == Fit.HERE) {
                    box = b;
                    cx = c.x();
                    cy = c.y();
                    angle = c.angle();
                }
            } else {
                for (double[] pos : positions(c, w, h, pad)) {
                    Rectangle2D b = new Rectangle2D.Double(pos[0] - pad, pos[1] - pad, w + 2 * pad, h + 2 * pad);
                    Fit fit = decide(grid, b);
                    if (fit == Fit.HERE) {
                        box = b;
                        cx = pos[0] + w / 2;
                        cy = pos[1] + h / 2;
                    }
                    if (fit == Fit.HERE || fit == Fit.ELSEWHERE) break;
                }
            }
            if (box == null) continue;
            grid.take(box);
            boolean halo = s.halo() != null && s.haloWidth() > 0;
            placed.add(new PlacedLabel(c.text(), c.layer(), box, c.featureId(), cx, cy, angle, s.fontSize() * ratio, s.bold(),
                    s.color(), halo ? s.halo() : null, halo ? s.haloWidth() * ratio : 0, c.opacity()));
        }
        return placed;
    }

    private enum Fit { HERE, ELSEWHERE, NOT_HERE }

    /**
     * Whether a label box can go here. A single image takes any free box inside it. A tile takes a free
     * box inside it, skips a box cut by a tile edge, and leaves a box inside another tile to that tile
     * (ELSEWHERE: stop trying). Both tiles decide alike, so a label is drawn whole, by one tile only.
     */
    private Fit decide(LabelCollisionGrid grid, Rectangle2D box) {
        if (!tiled) return area.contains(box) && grid.isFree(box) ? Fit.HERE : Fit.NOT_HERE;
        double size = area.getWidth();
        boolean cut = Math.floor(box.getMinX() / size) != Math.floor(box.getMaxX() / size)
                || Math.floor(box.getMinY() / size) != Math.floor(box.getMaxY() / size);
        if (cut) return Fit.NOT_HERE;
        if (!area.contains(box)) return Fit.ELSEWHERE;
        return grid.isFree(box) ? Fit.HERE : Fit.NOT_HERE;
    }

    private static Rectangle2D bounds(List<LabelCandidate> cs) {
        Rectangle2D.Double r = new Rectangle2D.Double(cs.get(0).x(), cs.get(0).y(), 0, 0);
        for (LabelCandidate c : cs) r.add(c.x(), c.y());
        return r;
    }

    // Top-left corners of the text to try: right of a point, then left, above, below; an area's label
    // centred on its interior point, else nudged up, down, left or right.
    private double[][] positions(LabelCandidate c, double w, double h, double pad) {
        double x = c.x(), y = c.y();
        if (c.kind() == LabelCandidate.Kind.AREA) {
            double cx = x - w / 2, cy = y - h / 2;
            return new double[][] {{cx, cy}, {cx, cy - 1.5 * h}, {cx, cy + 1.5 * h}, {cx - 0.6 * w, cy}, {cx + 0.6 * w, cy}};
        }
        double gap = c.symbolRadius() + pad + clearance;   // clear of the point's own symbol, halo included
        return new double[][] {
            {x + gap, y - h / 2}, {x - gap - w, y - h / 2}, {x - w / 2, y - gap - h}, {x - w / 2, y + gap}
        };
    }

    private Font font(LabelStyle s) {
        double size = s.fontSize() * ratio;
        long key = Double.doubleToLongBits(size) ^ (s.bold() ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> MapFonts.font(size, s.bold()));
    }
}
