package org.onemap.map.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Boxes already taken by labels (and symbols), bucketed in square cells so a new label is tested only
 * against its neighbours.
 */
final class LabelCollisionGrid {
    private static final double CELL = 64;
    private final double originX;
    private final double originY;
    private final int cols;
    private final int rows;
    private final List<List<Rectangle2D>> cells;

    LabelCollisionGrid(Rectangle2D area) {
        originX = area.getX();
        originY = area.getY();
        cols = Math.max(1, (int) Math.ceil(area.getWidth() / CELL));
        rows = Math.max(1, (int) Math.ceil(area.getHeight() / CELL));
        cells = new ArrayList<>(cols * rows);
        for (int i = 0; i < cols * rows; i++) cells.add(null);
    }

    /** Whether {@code box} overlaps nothing taken. */
    boolean isFree(Rectangle2D box) {
        int c0 = col(box.getMinX()), c1 = col(box.getMaxX()), r0 = row(box.getMinY()), r1 = row(box.getMaxY());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                List<Rectangle2D> cell = cells.get(r * cols + c);
                if (cell == null) continue;
                for (Rectangle2D other : cell) if (other.intersects(box)) return false;
            }
        }
        return true;
    }

    void take(Rectangle2D box) {
        int c0 = col(box.getMinX()), c1 = col(box.getMaxX()), r0 = row(box.getMinY()), r1 = row(box.getMaxY());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int i = r * cols + c;
                List<Rectangle2D> cell = cells.get(i);
                if (cell == null) {
                    cell = new ArrayList<>(4);
                    cells.set(i, cell);
                }
                cell.add(box);
            }
        }
    }

    private int col(double x) { return Math.max(0, Math.min(cols - 1, (int) Math.floor((x - originX) / CELL))); }

    private int row(double y) { return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - originY) / CELL))); }
}
