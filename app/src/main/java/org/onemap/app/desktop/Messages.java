package org.onemap.app.desktop;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The desktop's UI strings, read from {@code messages.properties} (Chinese, the default) or
 * {@code messages_en.properties}. Every label, menu and tooltip the user sees comes from here.
 */
public final class Messages {
    /** System property that picks the UI language: {@code en} for English, anything else Chinese. */
    public static final String LOCALE_PROPERTY = "onemap.locale";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final String BUNDLE = "org.onemap.app.desktop.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * The bundle for {@code locale}. Without the no-fallback control an English JVM would answer a
     * Chinese request with the English file, since the JVM's own locale is tried before the default file.
     */
    public static Messages forLocale(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(b, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE);
    }

    /** The UI locale chosen by {@code -Donemap.locale=en|zh}; Chinese when unset. */
    public static Locale configuredLocale() {
        return parseLocale(System.getProperty(LOCALE_PROPERTY));
    }

    /** {@code en}, {@code en_US}, {@code en-GB} … → English; anything else (or null) → Simplified Chinese. */
    public static Locale parseLocale(String tag) {
        if (tag != null && tag.trim().toLowerCase(Locale.ROOT).startsWith("en")) return Locale.ENGLISH;
        return CHINESE;
    }

    public Locale locale() { return locale; }

    /** The string for {@code key}; the key itself in brackets when missing, so gaps show up on screen. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** The string for {@code key}, or {@code fallback} when the bundle has none. */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public boolean has(String key) { return bundle.containsKey(key); }

    /** {@link MessageFormat} of the string for {@code key} in this locale. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }
}
