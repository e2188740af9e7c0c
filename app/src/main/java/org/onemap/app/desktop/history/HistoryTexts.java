package org.onemap.app.desktop.history;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.identify.FieldLabels;
import org.onemap.core.history.AttributeChange;
import org.onemap.core.history.FeatureVersion;

/**
 * How history reads to the user: times in the UI locale and the machine's time zone, operations as
 * words, changes as "作物：水稻 → 蔬菜；几何 +1.2 亩".
 */
public final class HistoryTexts {
    private final Messages messages;
    private final FieldLabels labels;
    private final ZoneId zone;
    private final DateTimeFormatter time;
    private final DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public HistoryTexts(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.labels = new FieldLabels(messages);
        this.zone = zone;
        this.time = "en".equals(messages.locale().getLanguage())
                ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    }

    public Messages messages() { return messages; }

    public FieldLabels labels() { return labels; }

    public ZoneId zone() { return zone; }

    /** A version's time in the UI locale; empty when unknown. */
    public String time(Instant at) {
        return at == null ? "" : time.format(at.atZone(zone));
    }

    /** An instant to the minute, as the as-of banner shows it: {@code 2026-11-20 14:00}. */
    public String minute(Instant at) {
        return minute.format(at.atZone(zone));
    }

    public String operation(FeatureVersion v) {
        if (v.bulkLoaded()) return messages.get("history.op.loaded");
        return messages.get("history.op." + v.op().name().toLowerCase(Locale.ROOT));
    }

    /** The attribute changes and the geometry change of a version in one line. */
    public String changes(FeatureVersion v) {
        List<String> parts = new ArrayList<>();
        if (v.before() != null && v.after() != null) {
            for (AttributeChange c : v.changes()) {
                parts.add(messages.format("history.change", labels.label(c.field()), value(c.before()), value(c.after())));
            }
        }
        if (v.geometryChanged() && v.before() != null && v.after() != null) {
            // a moved or reshaped parcel of the same size: say so rather than "−0.00 亩"
            parts.add(Math.abs(v.areaChangeMu()) < 0.005 ? messages.get("history.change.geometrySameArea")
                    : messages.format("history.change.geometry", signedMu(v.areaChangeMu())));
        }
        if (v.before() == null && v.after() != null && v.after().geometry() != null) {
            parts.add(messages.format("history.change.created", mu(v.areaChangeMu())));
        }
        if (v.after() == null && v.before() != null && v.before().geometry() != null) {
            parts.add(messages.format("history.change.deleted", mu(-v.areaChangeMu())));
        }
        return String.join(messages.get("history.change.separator"), parts);
    }

    /** An area change in mu with its sign and two decimals: {@code +1.25 亩}. */
    public String signedMu(double mu) {
        NumberFormat nf = NumberFormat.getNumberInstance(messages.locale());
        nf.setMinimumFractionDigits(2);
        nf.setMaximumFractionDigits(2);
        String n = nf.format(Math.abs(mu));
        return (mu < 0 ? "−" : "+") + n + " " + messages.get("history.mu");
    }

    /** An area in mu with two decimals: {@code 1.25 亩}. */
    public String mu(double mu) {
        NumberFormat nf = NumberFormat.getNumberInstance(messages.locale());
        nf.setMinimumFractionDigits(2);
        nf.setMaximumFractionDigits(2);
        return nf.format(mu) + " " + messages.get("history.mu");
    }

    /** An attribute value as the table shows it, an empty value as "（空）". */
    public String value(Object v) {
        String s = labels.value(v);
        return s.isEmpty() ? messages.get("history.empty") : s;
    }
}
