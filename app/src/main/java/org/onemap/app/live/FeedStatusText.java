package org.onemap.app.live;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One live source's status as a line of text, the same on the wall and the desktop: "农机定位 · 回放（生成轨迹）：在线",
 * "…：数据中断自 14:05". The wording comes from the caller's bundle: keys {@code <prefix>machinery},
 * {@code <prefix>sensor}, {@code <prefix>mqtt|replay|generated} and
 * {@code <prefix>connected|connecting|reconnecting|stale} ({0} = the source, {1} = HH:mm).
 */
public final class FeedStatusText {
    /** Where a layer's positions come from. */
    public enum Source { MQTT, REPLAY, GENERATED }

    /** A bundle lookup: the formatted string for a key. */
    @FunctionalInterface
    public interface Bundle {
        String format(String key, Object... args);
    }

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");
    private final Bundle bundle;
    private final String prefix;

    public FeedStatusText(Bundle bundle, String prefix) {
        this.bundle = bundle;
        this.prefix = prefix;
    }

    /** The line for {@code s} fed from {@code source}. */
    public String line(FeedStatus s, Source source) {
        String from = bundle.format(prefix + s.name()) + " · " + bundle.format(prefix + source.name().toLowerCase(java.util.Locale.ROOT));
        if (s.state() == FeedState.CONNECTED) return bundle.format(prefix + "connected", from);
        if (s.staleSince() == null) return bundle.format(prefix + "connecting", from);
        return bundle.format(prefix + (s.state() == FeedState.STALE ? "stale" : "reconnecting"), from,
                HHMM.format(s.staleSince().atZone(ZoneId.systemDefault())));
    }

    /** Whether the line shows a problem (drawn in the stale colour). */
    public static boolean isStale(FeedStatus s) { return s.state() != FeedState.CONNECTED; }
}
