package org.onemap.app.wall;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The wall's kiosk lock: the wall stays up until an operator presses the exit chord
 * (Ctrl+Alt+Shift+Q) and then types the wall PIN into the prompt that appears. A wrong PIN keeps
 * the wall locked; every attempt is logged with its time (never the PIN typed).
 */
public final class KioskLock {
    private final PinHash pin;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked", true);
    private final ReadOnlyBooleanWrapper prompting = new ReadOnlyBooleanWrapper(this, "prompting", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final List<String> log = new ArrayList<>();
    private final WallText text;

    public KioskLock(PinHash pin, Clock clock, WallText text) {
        this.pin = pin;
        this.clock = clock;
        this.text = text;
    }

    public ReadOnlyBooleanProperty lockedProperty() { return locked.getReadOnlyProperty(); }

    public boolean isLocked() { return locked.get(); }

    /** True while the PIN prompt is shown (after the chord, until unlocked or cancelled). */
    public ReadOnlyBooleanProperty promptingProperty() { return prompting.getReadOnlyProperty(); }

    public boolean isPrompting() { return prompting.get(); }

    /** The prompt's message after a wrong PIN; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** The exit chord was pressed: ask for the PIN. */
    public void chordPressed() {
        if (!isLocked()) return;
        error.set("");
        prompting.set(true);
    }

    /** The operator closed the prompt without a PIN: the wall stays locked. */
    public void cancel() {
        prompting.set(false);
        error.set("");
    }

    /** Checks {@code typed}; returns whether the wall is now unlocked. */
    public boolean submit(String typed) {
        if (!isPrompting()) return !isLocked();
        boolean ok = pin.matches(typed);
        log.add(clock.instant() + (ok ? " unlock" : " wrong PIN"));
        if (ok) {
            prompting.set(false);
            error.set("");
            locked.set(false);
        } else {
            error.set(text.get("lock.wrongPin"));
        }
        return ok;
    }

    /** Attempts so far, oldest first: time and outcome. */
    public List<String> log() { return List.copyOf(log); }
}
