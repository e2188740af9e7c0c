package org.onemap.app.wall;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Alerts on the wall: {@link #raise} puts an alert in the ticker, on the map (flash) and sounds it;
 * {@link #acknowledge} takes it off, logging who and when. An alert's id is raised once until it is
 * acknowledged, so a rule re-evaluated every minute does not sound the same sensor again.
 */
public final class AlertViewModel {
    private final Clock clock;
    private final ObservableList<Alert> open = FXCollections.observableArrayList();
    private final ObservableList<AlertLogEntry> log = FXCollections.observableArrayList();
    // one read-only view each: a fresh wrapper per call would hold listeners weakly and lose them
    private final ObservableList<Alert> openView = FXCollections.unmodifiableObservableList(open);
    private final ObservableList<AlertLogEntry> logView = FXCollections.unmodifiableObservableList(log);
    private final BooleanBinding alarming = Bindings.isNotEmpty(open);
    private final Set<String> acknowledged = new HashSet<>();
    private AlertSound sound = AlertSound.silent();

    public AlertViewModel(Clock clock) {
        this.clock = clock;
    }

    public void setSound(AlertSound sound) {
        this.sound = Objects.requireNonNull(sound, "sound");
    }

    /** Unacknowledged alerts, oldest first: the ticker and the map flash show these. */
    public ObservableList<Alert> open() { return openView; }

    /** Raised and acknowledged, in order. */
    public ObservableList<AlertLogEntry> log() { return logView; }

    /** True while any alert is unacknowledged (pauses the carousel). */
    public BooleanBinding alarmingProperty() { return alarming; }

    public boolean isAlarming() { return alarming.get(); }

    /** Raises {@code alert} unless the same id is open or was already acknowledged; returns whether it was raised. */
    public boolean raise(Alert alert) {
        if (acknowledged.contains(alert.id()) || open.stream().anyMatch(a -> a.id().equals(alert.id()))) return false;
        open.add(alert);
        log.add(new AlertLogEntry(alert.raisedAt(), alert.id(), "raised", ""));
        sound.play(alert);
        return true;
    }

    /** Raises each of {@code alerts} (see {@link #raise}); returns how many were new. */
    public int raiseAll(List<Alert> alerts) {
        int n = 0;
        for (Alert a : alerts) if (raise(a)) n++;
        return n;
    }

    /** Operator {@code who} acknowledges the alert {@code id}; returns false if it is not open. */
    public boolean acknowledge(String id, String who) {
        if (who == null || who.isBlank()) throw new IllegalArgumentException("an acknowledgement needs the operator's name");
        Alert a = open.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        if (a == null) return false;
        open.remove(a);
        acknowledged.add(id);
        log.add(new AlertLogEntry(clock.instant(), id, "acknowledged", who.strip()));
        return true;
    }

    /** Acknowledges every open alert as {@code who}. */
    public void acknowledgeAll(String who) {
        for (Alert a : new ArrayList<>(open)) acknowledge(a.id(), who);
    }
}
