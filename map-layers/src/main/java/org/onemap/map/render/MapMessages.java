package org.onemap.map.render;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Map text (legend, scale bar, notes, layer titles) from {@code org/onemap/map/messages*.properties}:
 * the base bundle is Chinese, {@code _en} is English. No fallback to the JVM's default locale, so a
 * Chinese map stays Chinese on an English system.
 */
public final class MapMessages {
    /** The default map language. */
    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "org.onemap.map.messages";

    private MapMessages() {}

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale == null ? DEFAULT : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for {@code key}, formatted with {@code args} when there are any. */
    public static String get(Locale locale, String key, Object... args) {
        String pattern = bundle(locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale == null ? DEFAULT : locale).format(args);
    }

    /** The text for {@code key}, or null when the bundle has none. */
    public static String find(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
