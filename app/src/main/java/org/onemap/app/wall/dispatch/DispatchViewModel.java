package org.onemap.app.wall.dispatch;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onemap.app.wall.WallText;
import org.onemap.core.spi.DataSource;
import org.onemap.core.units.LengthUnit;
import org.onemap.core.units.MeasureFormat;

/**
 * The wall's dispatch panel without the panel: the open incidents in queue order, the selected
 * one, the nearest available unit for it (distance in the locale's m / km), the three actions and
 * the recent action log. Work on the {@link DispatchBoard} runs on {@code background}; results are
 * published on {@code fx} (the FX thread in the app, the caller's thread in tests).
 */
public final class DispatchViewModel {
    /** Which units to send. */
    public enum UnitChoice {
        ANY(EnumSet.allOf(UnitKind.class)), TEAM(EnumSet.of(UnitKind.TEAM)), MACHINE(EnumSet.of(UnitKind.MACHINE));

        private final Set<UnitKind> kinds;

        UnitChoice(Set<UnitKind> kinds) {
            this.kinds = kinds;
        }

        public Set<UnitKind> kinds() { return kinds; }
    }

    /** Log lines kept on the panel; the table holds them all. */
    public static final int LOG_LINES = 50;
    private static final Logger LOG = Logger.getLogger(DispatchViewModel.class.getName());

    private final Supplier<DispatchBoard> opener;
    private final WallText text;
    private final Executor background;
    private final Executor fx;
    private final MeasureFormat lengths;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private final ObservableList<Incident> incidents = FXCollections.observableArrayList();
    private final ObservableList<Incident> incidentsView = FXCollections.unmodifiableObservableList(incidents);
    private final ObservableList<DispatchLogEntry> log = FXCollections.observableArrayList();
    private final ObservableList<DispatchLogEntry> logView = FXCollections.unmodifiableObservableList(log);
    private final ObjectProperty<Incident> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<UnitChoice> unitChoice = new SimpleObjectProperty<>(this, "unitChoice", UnitChoice.ANY);
    private final ReadOnlyObjectWrapper<NearestUnit.Suggestion> suggestion = new ReadOnlyObjectWrapper<>(this, "suggestion");
    private final ReadOnlyStringWrapper suggestionText = new ReadOnlyStringWrapper(this, "suggestionText", "");
    private final ReadOnlyStringWrapper selectedText = new ReadOnlyStringWrapper(this, "selectedText", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private final ReadOnlyBooleanWrapper canAssign = new ReadOnlyBooleanWrapper(this, "canAssign", false);
    private final ReadOnlyBooleanWrapper canArrive = new ReadOnlyBooleanWrapper(this, "canArrive", false);
    private final ReadOnlyBooleanWrapper canClose = new ReadOnlyBooleanWrapper(this, "canClose", false);
    private volatile DispatchBoard board;
    private long suggestionRequest; // only the answer to the latest selection is shown

    /** A view-model over the workspace {@code ws}; call {@link #refresh()} to load it. */
    public DispatchViewModel(DataSource ws, Clock clock, WallText text, Executor background, Executor fx) {
        this(() -> DispatchBoard.open(ws, clock), text, background, fx);
    }

    DispatchViewModel(Supplier<DispatchBoard> opener, WallText text, Executor background, Executor fx) {
        this.opener = opener;
        this.text = text;
        this.background = background;
        this.fx = fx;
        this.lengths = new MeasureFormat(text.locale());
        selected.addListener((o, was, now) -> selectionChanged());
        working.addListener((o, was, now) -> updateActions());
        unitChoice.addListener((o, was, now) -> selectionChanged());
        title.set(text.format("dispatch.title", 0));
        selectionChanged();
    }

    /** Open incidents, most urgent and then oldest first. */
    public ObservableList<Incident> incidents() { return incidentsView; }

    /** The newest {@link #LOG_LINES} actions, newest first. */
    public ObservableList<DispatchLogEntry> log() { return logView; }

    public ObjectProperty<Incident> selectedProperty() { return selected; }

    public Incident getSelected() { return selected.get(); }

    public void select(Incident i) { selected.set(i); }

    public ObjectProperty<UnitChoice> unitChoiceProperty() { return unitChoice; }

    /** The nearest available unit for the selected new incident; null otherwise or when none is free. */
    public ReadOnlyObjectProperty<NearestUnit.Suggestion> suggestionProperty() { return suggestion.getReadOnlyProperty(); }

    /** The suggestion (unit and distance), the unit already sent, or why there is none. */
    public ReadOnlyStringProperty suggestionTextProperty() { return suggestionText.getReadOnlyProperty(); }

    /** The selected incident: code, category, status and when it was reported. */
    public ReadOnlyStringProperty selectedTextProperty() { return selectedText.getReadOnlyProperty(); }

    /** The panel heading with the number of open incidents. */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }

    /** Why the last action failed; empty after a success. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** True while loading or while an action is being written. */
    public ReadOnlyBooleanProperty workingProperty() { return working.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canAssignProperty() { return canAssign.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canArriveProperty() { return canArrive.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canCloseProperty() { return canClose.getReadOnlyProperty(); }

    /** (Re)reads incidents and log from the workspace. */
    public void refresh() {
        working.set(true);
        background.execute(() -> {
            try {
                DispatchBoard b;
                synchronized (opener) { // two early refreshes on two reader threads open one board
                    if (board == null) board = opener.get();
                    else board.reload();
                    b = board;
                }
                publish(b, null);
            } catch (RuntimeException e) {
                failed(e);
            }
        });
    }

    /** Sends the suggested unit to the selected incident as {@code who}. */
    public void assign(String who) {
        Incident i = selected.get();
        NearestUnit.Suggestion s = suggestion.get();
        if (i == null || s == null) return;
        act(who, b -> b.assign(i.id(), s.unit(), who));
    }

    /** The selected incident's unit is on site. */
    public void arrive(String who) {
        Incident i = selected.get();
        if (i != null) act(who, b -> b.arrive(i.id(), who));
    }

    /** The selected incident is closed; its unit is free. */
    public void close(String who) {
        Incident i = selected.get();
        if (i != null) act(who, b -> b.close(i.id(), who));
    }

    /** How the list shows an incident: priority, category, code and status. */
    public String incidentLine(Incident i) {
        return text.format("dispatch.incident", text.get("dispatch.priority." + i.priority()), i.category(), i.code(), statusLabel(i.status()));
    }

    /** How the log shows an entry: time, operator, incident, from → to, unit. */
    public String logLine(DispatchLogEntry e) {
        String from = e.from() == null ? "" : statusLabel(e.from());
        String unit = e.unitName() == null ? "" : text.format("dispatch.log.unit", e.unitName());
        return text.format("dispatch.log.entry", time.format(e.at().atZone(ZoneId.systemDefault())), e.who(), e.incidentCode(),
                from, statusLabel(e.to()), unit);
    }

    public String statusLabel(IncidentStatus s) {
        return text.get("dispatch.status." + s.code());
    }

    public String unitChoiceLabel(UnitChoice c) {
        return text.get("dispatch.units." + c.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Metres as the locale reads them: whole metres below 1 km, else km to 10 m. */
    public String distance(double metres) {
        return metres < 1000 ? lengths.formatLength(Math.round(metres), LengthUnit.M)
                : lengths.formatLength(Math.round(metres / 10.0) * 10.0, LengthUnit.KM);
    }

    private void act(String who, java.util.function.Function<DispatchBoard, Incident> action) {
        DispatchBoard b = board;
        if (b == null || working.get()) return;
        working.set(true);
        String operator = who == null || who.isBlank() ? null : who;
        background.execute(() -> {
            try {
                if (operator == null) throw new IllegalArgumentException(text.get("dispatch.noOperator"));
                Incident moved = action.apply(b);
                publish(b, moved);
            } catch (RuntimeException e) {
                failed(e);
            }
        });
    }

    // runs on the background thread: read everything there, hand it to the FX side in one go
    private void publish(DispatchBoard b, Incident moved) {
        List<Incident> open = b.openIncidents();
        List<DispatchLogEntry> recent = b.recentLog(LOG_LINES);
        fx.execute(() -> {
            Incident keep = moved != null ? moved : selected.get();
            incidents.setAll(open);
            log.setAll(recent);
            title.set(text.format("dispatch.title", open.size()));
            error.set("");
            working.set(false);
            Incident now = keep == null ? null : open.stream().filter(x -> x.id().equals(keep.id())).findFirst().orElse(null);
            if (now != null && now.equals(selected.get())) selectionChanged();
            else selected.set(now);
        });
    }

    private void failed(RuntimeException e) {
        LOG.log(Level.INFO, "dispatch: action failed", e);
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        fx.execute(() -> {
            error.set(text.format("dispatch.error", why));
            working.set(false);
            updateActions();
        });
    }

    private void selectionChanged() {
        Incident i = selected.get();
        suggestion.set(null);
        long request = ++suggestionRequest;
        if (i == null) {
            selectedText.set(text.get("dispatch.pick"));
            suggestionText.set("");
        } else {
            String reported = i.reportedAt() == null ? "" : time.format(i.reportedAt().atZone(ZoneId.systemDefault()));
            selectedText.set(text.format("dispatch.selected", i.code(), i.category(), statusLabel(i.status()), reported));
            if (i.status() == IncidentStatus.NEW) {
                suggestionText.set(text.get("dispatch.suggest.searching"));
                DispatchBoard b = board;
                Set<UnitKind> kinds = unitChoice.get().kinds();
                if (b != null) background.execute(() -> {
                    Optional<NearestUnit.Suggestion> s;
                    try {
                        s = b.suggest(i.id(), kinds);
                    } catch (RuntimeException e) {
                        LOG.log(Level.INFO, "dispatch: no suggestion", e);
                        s = Optional.empty();
                    }
                    Optional<NearestUnit.Suggestion> found = s;
                    fx.execute(() -> {
                        if (request != suggestionRequest) return;
                        suggestion.set(found.orElse(null));
                        suggestionText.set(found.map(x -> text.format("dispatch.suggest", x.unit().name(),
                                text.get("dispatch.kind." + x.unit().kind().name()), distance(x.metres())))
                                .orElse(text.get("dispatch.suggest.none")));
                        updateActions();
                    });
                });
            } else {
                suggestionText.set(i.unitName() == null ? text.get("dispatch.unit.unknown") : text.format("dispatch.unit", i.unitName()));
            }
        }
        updateActions();
    }

    private void updateActions() {
        Incident i = selected.get();
        boolean idle = !working.get();
        canAssign.set(idle && i != null && i.status() == IncidentStatus.NEW && suggestion.get() != null);
        canArrive.set(idle && i != null && i.status() == IncidentStatus.ASSIGNED);
        canClose.set(idle && i != null && i.status() == IncidentStatus.ON_SITE);
    }
}
