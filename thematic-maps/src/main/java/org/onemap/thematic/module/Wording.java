package org.onemap.thematic.module;

import java.util.Locale;

/**
 * The two languages of module texts, and the labels every module must put on its figures: generated
 * (synthetic) values say so, census values name the census.
 */
public final class Wording {
    private Wording() {}

    public static boolean english(Locale locale) {
        return locale != null && locale.getLanguage().equals("en");
    }

    /** {@code zh} or {@code en} by the locale (Chinese unless English is asked for). */
    public static String pick(Locale locale, String zh, String en) {
        return english(locale) ? en : zh;
    }

    /** A title of generated data: {@code 耕地面积（亩）·合成数据} / {@code Cultivated area (mu) · generated}. */
    public static String generated(Locale locale, String zh, String en) {
        return english(locale) ? en + " · generated" : zh + " · 合成数据";
    }

    /** A title of 2020 census data (real). */
    public static String census(Locale locale, String zh, String en) {
        return english(locale) ? en + " · 2020 census" : zh + " · 2020年人口普查";
    }
}
