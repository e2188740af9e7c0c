package org.onemap.map.render;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The font family for map text: the first installed family that can draw Chinese (WenQuanYi Micro
 * Hei on Debian, the usual CJK families elsewhere), else the logical "SansSerif", which fontconfig
 * backs with whatever CJK font exists.
 */
public final class MapFonts {
    private static final String SAMPLE = "湘潭县图例比例尺北";
    private static final List<String> CANDIDATES = List.of("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC",
            "Source Han Sans SC", "Source Han Sans CN", "Microsoft YaHei", "PingFang SC", "SimHei", "Droid Sans Fallback");
    private static volatile String family;

    private MapFonts() {}

    /** The chosen family name. */
    public static String family() {
        String f = family;
        if (f == null) {
            f = choose();
            family = f;
        }
        return f;
    }

    /** The map font at {@code sizePx} device pixels. */
    public static Font font(double sizePx, boolean bold) {
        return new Font(family(), bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) sizePx);
    }

    /** Whether the map font can draw every character of {@code text}. */
    public static boolean canDisplay(String text) {
        return font(12, false).canDisplayUpTo(text) == -1;
    }

    private static String choose() {
        Set<String> installed = new HashSet<>(Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
        for (String name : CANDIDATES) {
            if (installed.contains(name) && new Font(name, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1) return name;
        }
        return Font.SANS_SERIF;
    }
}
