package org.onemap.app.viewer;

import java.util.List;
import org.onemap.app.briefing.OpenedBriefing;
import org.onemap.app.briefing.Slide;

/**
 * Where the leader is in a briefing: the current slide and the moves next/previous/first/last,
 * clamped at the ends (a meeting never wraps around to slide one by accident). Headless.
 */
public final class SlideDeck {
    private final OpenedBriefing briefing;
    private int index;

    public SlideDeck(OpenedBriefing briefing) {
        this.briefing = briefing;
    }

    public OpenedBriefing briefing() { return briefing; }

    public List<Slide> slides() { return briefing.briefing().slides(); }

    public int index() { return index; }

    public Slide current() { return slides().get(index); }

    public boolean hasNext() { return index < slides().size() - 1; }

    public boolean hasPrevious() { return index > 0; }

    /** Moves on; false (and stays) on the last slide. */
    public boolean next() {
        if (!hasNext()) return false;
        index++;
        return true;
    }

    /** Moves back; false (and stays) on the first slide. */
    public boolean previous() {
        if (!hasPrevious()) return false;
        index--;
        return true;
    }

    public void first() { index = 0; }

    public void last() { index = slides().size() - 1; }

    /** "3 / 6". */
    public String position() {
        return (index + 1) + " / " + slides().size();
    }
}
