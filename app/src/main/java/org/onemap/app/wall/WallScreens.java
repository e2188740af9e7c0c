package org.onemap.app.wall;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/** The screens a wall spans: the bounding box of the chosen ones (1-based as JavaFX lists them), or of all. */
final class WallScreens {
    private WallScreens() {}

    static List<Screen> chosen(List<Integer> numbers) {
        List<Screen> all = Screen.getScreens();
        if (numbers.isEmpty()) return all;
        List<Screen> out = new ArrayList<>();
        for (int n : numbers) {
            if (n > all.size()) throw new IllegalArgumentException("screen " + n + " does not exist: this machine has " + all.size());
            out.add(all.get(n - 1));
        }
        return out;
    }

    static int count(List<Integer> numbers) { return chosen(numbers).size(); }

    static Rectangle2D bounds(List<Integer> numbers) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Screen s : chosen(numbers)) {
            Rectangle2D b = s.getBounds();
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxY = Math.max(maxY, b.getMaxY());
        }
        return new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }
}
