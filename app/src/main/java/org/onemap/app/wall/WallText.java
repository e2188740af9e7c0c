package org.onemap.app.wall;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The wall's own texts (wall.properties, Chinese by default; wall_en for English). */
public final class WallText {
    private final ResourceBundle bundle;
    private final Locale locale;

    private WallText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.onemap.app.wall.wall",
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static WallText forLocale(Locale locale) {
        return new WallText(locale == null ? Locale.SIMPLIFIED_CHINESE : locale);
    }

    public Locale locale() { return locale; }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }
}
