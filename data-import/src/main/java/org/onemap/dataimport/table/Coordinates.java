package org.onemap.dataimport.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onemap.dataimport.pipeline.Numbers;

/**
 * Reads one coordinate cell: a decimal ({@code 112.9083}, {@code 38391648.71}) or degrees-minutes-seconds
 * in the forms survey sheets use: {@code 112°54'30"}, {@code 112°54′30.5″}, {@code 112度54分30秒},
 * {@code 112:54:30}, {@code E112°54.5'}, {@code 27°52'N}. W/S (西/南) give negative values.
 */
public final class Coordinates {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private Coordinates() {}

    /** The value, or null when the text is not a coordinate. */
    public static Double parse(String text) {
        if (text == null) return null;
        String s = text.trim();
        if (s.isEmpty()) return null;
        Double plain = Numbers.parse(s);
        if (plain != null) return plain;
        int sign = 1;
        String u = s.toUpperCase(java.util.Locale.ROOT);
        if (u.startsWith("-")) {
            sign = -1;
            u = u.substring(1);
        }
        String hemi = u.replaceAll("[^NSEW东西南北]", "");
        if (hemi.length() > 1) return null;
        if (hemi.equals("W") || hemi.equals("S") || hemi.equals("西") || hemi.equals("南")) sign = -sign;
        String body = u.replaceAll("[NSEW东西南北]", "").trim();
        if (!body.matches("[0-9.\\s°º˚度:'′’`分\"″”秒]+")) return null;
        Matcher m = NUMBER.matcher(body);
        List<Double> parts = new ArrayList<>();
        while (m.find()) parts.add(Double.parseDouble(m.group()));
        if (parts.isEmpty() || parts.size() > 3) return null;
        double d = parts.get(0);
        double min = parts.size() > 1 ? parts.get(1) : 0;
        double sec = parts.size() > 2 ? parts.get(2) : 0;
        if (min >= 60 || sec >= 60) return null;
        return sign * (d + min / 60 + sec / 3600);
    }
}
