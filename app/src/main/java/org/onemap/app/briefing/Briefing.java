package org.onemap.app.briefing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A briefing: a story of {@link Slide}s shown in order, with who made it, when and with which app
 * version. {@code locale} is the language its maps and words were composed in ({@code zh-CN}, {@code en}).
 */
public record Briefing(String title, String locale, String author, Instant created, String appVersion, List<Slide> slides) {
    public Briefing {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(created, "created");
        author = author == null ? "" : author;
        appVersion = appVersion == null ? "" : appVersion;
        slides = List.copyOf(slides);
        if (slides.isEmpty()) throw new IllegalArgumentException("a briefing needs at least one slide");
    }

    /** This briefing with other slides. */
    public Briefing withSlides(List<Slide> newSlides) {
        return new Briefing(title, locale, author, created, appVersion, newSlides);
    }

    /** The app version of this build: the jar manifest's, else the development version. */
    public static String currentAppVersion() {
        String v = Briefing.class.getPackage().getImplementationVersion();
        return "OneMap " + (v == null ? "0.1.0-SNAPSHOT" : v);
    }
}
