package org.onemap.dataimport.table;

import java.util.ArrayList;
import java.util.List;
import org.onemap.dataimport.pipeline.Numbers;

/**
 * Finds a sheet's header: the first non-empty row whose filled cells are all text (a lone cell above it
 * is a title and skipped). Merged header cells leave blanks: when the next row is also all text and fills
 * columns (a two-row header such as 坐标 over 经度 | 纬度), the two rows are combined, the lower row
 * winning; a blank left over takes the title of the merged cell to its left with a number.
 */
final class HeaderRow {
    private final List<List<String>> buffered = new ArrayList<>();
    private List<String> titles;
    private int headerRows;
    private boolean merged;

    /** Offers the next non-empty row; returns true once the header is decided (the row may then be data). */
    boolean offer(List<String> cells) {
        buffered.add(cells);
        if (buffered.size() == 1) {
            return !isText(cells) && decideWithout();
        }
        List<String> first = buffered.get(0);
        List<String> second = buffered.get(1);
        if (filled(first) == 1 && filled(second) >= 2 && isText(second) && buffered.size() == 2) {
            buffered.remove(0); // a title row above the header
            return false;
        }
        if (isText(second) && fillsBlanks(first, second)) {
            titles = combine(first, second);
            headerRows = 2;
            merged = true;
        } else {
            titles = fillLeft(first);
            headerRows = 1;
        }
        return true;
    }

    private boolean decideWithout() {
        titles = null; // data without a header row
        headerRows = 0;
        return true;
    }

    /** Ends a sheet whose header was never decided (a header row and at most one more row). */
    void finish() {
        if (titles != null || headerRows > 0 || buffered.isEmpty()) return;
        if (buffered.size() == 2 && isText(buffered.get(1)) && fillsBlanks(buffered.get(0), buffered.get(1))) {
            titles = combine(buffered.get(0), buffered.get(1));
            headerRows = 2;
            merged = true;
        } else {
            titles = fillLeft(buffered.get(0));
            headerRows = 1;
        }
    }

    /** Header titles (never blank), or null when the sheet has no header row. */
    List<String> titles() { return titles; }

    /** Rows buffered while deciding that are data, in order. */
    List<List<String>> dataRows() { return buffered.subList(headerRows, buffered.size()); }

    boolean merged() { return merged; }

    private static boolean isText(List<String> cells) {
        boolean any = false;
        for (String c : cells) {
            if (c == null || c.isBlank()) continue;
            any = true;
            if (Numbers.parse(c) != null || Coordinates.parse(c) != null) return false;
        }
        return any;
    }

    static int filled(List<String> cells) {
        int n = 0;
        for (String c : cells) if (c != null && !c.isBlank()) n++;
        return n;
    }

    private static boolean fillsBlanks(List<String> top, List<String> below) {
        for (int i = 0; i < below.size(); i++) {
            String b = below.get(i);
            String t = i < top.size() ? top.get(i) : null;
            if (b != null && !b.isBlank() && (t == null || t.isBlank())) return true;
        }
        return false;
    }

    private static List<String> combine(List<String> top, List<String> below) {
        int n = Math.max(top.size(), below.size());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String b = i < below.size() ? below.get(i) : null;
            String t = i < top.size() ? top.get(i) : null;
            out.add(b != null && !b.isBlank() ? b.trim() : t);
        }
        return fillLeft(out);
    }

    private static List<String> fillLeft(List<String> cells) {
        List<String> out = new ArrayList<>();
        String last = null;
        int k = 1;
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (c != null && !c.isBlank()) {
                out.add(c.trim());
                last = c.trim();
                k = 1;
            } else {
                out.add(last == null ? "列" + (i + 1) : last + "_" + (++k));
            }
        }
        return out;
    }
}
