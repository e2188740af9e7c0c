package org.onemap.app.wall.dispatch;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.onemap.core.spi.DataSource;

/**
 * The dispatch desk, headless: the open incidents of the workspace, which unit each has, and the
 * three actions (assign, arrive, close) that move an incident along new → assigned → on site →
 * closed. Every action writes the incident's status to the incident layer and a line to the
 * {@link DispatchLog}; reopening the workspace rebuilds the desk from both.
 *
 * <p>Does I/O on the calling thread: call it off the FX thread. Thread-safe.
 */
public final class DispatchBoard {
    /** Most urgent first, then oldest first: what waits longest at a given priority goes next. */
    public static final Comparator<Incident> QUEUE_ORDER = Comparator.comparingInt(Incident::priority)
            .thenComparing(Incident::reportedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Incident::code);

    private final DataSource ws;
    private final DispatchLog log;
    private final Clock clock;
    private final Map<String, Incident> open = new LinkedHashMap<>();
    // closed while the desk was open: a second "close" then says "already closed", not "unknown"
    private final Map<String, Incident> closed = new HashMap<>();

    private DispatchBoard(DataSource ws, Clock clock) {
        this.ws = ws;
        this.log = DispatchLog.of(ws);
        this.clock = clock;
    }

    /** Opens the desk on {@code ws}, reading incidents and replaying the log. */
    public static DispatchBoard open(DataSource ws, Clock clock) {
        DispatchBoard b = new DispatchBoard(ws, clock);
        b.reload();
        return b;
    }

    /**
     * Re-reads the open incidents and replays the log over them. The layer decides whether an
     * incident is open (someone may have closed or reset it elsewhere); the log adds what the
     * layer cannot hold: assigned or on site, and which unit.
     */
    public synchronized void reload() {
        Map<String, DispatchLogEntry> last = new HashMap<>();
        for (DispatchLogEntry e : log.entries()) last.put(e.incidentId(), e);
        open.clear();
        closed.clear();
        for (Incident i : IncidentLayer.readOpen(ws)) {
            DispatchLogEntry e = last.get(i.id());
            Incident shown = i;
            if (e != null && i.status() != IncidentStatus.NEW && e.to() != IncidentStatus.CLOSED && e.to() != IncidentStatus.NEW) {
                shown = i.moved(e.to(), e.unitId(), e.unitName());
            }
            open.put(i.id(), shown);
        }
    }

    /** The open incidents in {@link #QUEUE_ORDER}. */
    public synchronized List<Incident> openIncidents() {
        List<Incident> l = new ArrayList<>(open.values());
        l.sort(QUEUE_ORDER);
        return l;
    }

    /** The open incident with that feature id, if any. */
    public synchronized Optional<Incident> incident(String id) {
        return Optional.ofNullable(open.get(id));
    }

    /** Ids of the units sent to an incident that is not closed yet. */
    public synchronized Set<String> busyUnits() {
        Set<String> busy = new HashSet<>();
        for (Incident i : open.values()) if (i.unitId() != null) busy.add(i.unitId());
        return busy;
    }

    /** The nearest available unit of {@code kinds} for the incident, units read where they are now. */
    public Optional<NearestUnit.Suggestion> suggest(String incidentId, Set<UnitKind> kinds) {
        Incident i = find(incidentId);
        List<ResponseUnit> units = ResponseUnits.read(ws);
        return NearestUnit.find(i.lon(), i.lat(), units, busyUnits(), kinds);
    }

    /** Sends the nearest available unit of {@code kinds}; throws {@link IllegalStateException} when none is free. */
    public synchronized Incident assignNearest(String incidentId, Set<UnitKind> kinds, String who) {
        Incident i = find(incidentId);
        // say "already assigned" rather than "no unit free" when the incident has its unit
        if (!i.status().canMoveTo(IncidentStatus.ASSIGNED)) throw new IllegalTransitionException(i.code(), i.status(), IncidentStatus.ASSIGNED);
        ResponseUnit u = suggest(incidentId, kinds).map(NearestUnit.Suggestion::unit)
                .orElseThrow(() -> new IllegalStateException("no unit of " + kinds + " is available for incident " + i.code()));
        return assign(incidentId, u, who);
    }

    /** Sends {@code unit} to the incident (new → assigned); the unit must not be busy elsewhere. */
    public synchronized Incident assign(String incidentId, ResponseUnit unit, String who) {
        if (unit.outOfService()) throw new IllegalStateException("unit " + unit.name() + " is out of service");
        for (Incident other : open.values()) {
            if (unit.id().equals(other.unitId()) && !other.id().equals(incidentId)) {
                throw new IllegalStateException("unit " + unit.name() + " is busy on incident " + other.code());
            }
        }
        return move(incidentId, DispatchAction.ASSIGN, unit.id(), unit.name(), who);
    }

    /** The unit has arrived (assigned → on site). */
    public synchronized Incident arrive(String incidentId, String who) {
        Incident i = find(incidentId);
        return move(incidentId, DispatchAction.ARRIVE, i.unitId(), i.unitName(), who);
    }

    /** The incident is dealt with (on site → closed); its unit is free again. */
    public synchronized Incident close(String incidentId, String who) {
        Incident i = find(incidentId);
        return move(incidentId, DispatchAction.CLOSE, i.unitId(), i.unitName(), who);
    }

    /** The whole log, oldest first. */
    public List<DispatchLogEntry> log() { return log.entries(); }

    /** The newest {@code n} log entries, newest first. */
    public List<DispatchLogEntry> recentLog(int n) { return log.recent(n); }

    private Incident move(String incidentId, DispatchAction action, String unitId, String unitName, String who) {
        if (who == null || who.isBlank()) throw new IllegalArgumentException("a dispatch action needs the operator's name");
        Incident i = find(incidentId);
        if (!i.status().canMoveTo(action.to())) throw new IllegalTransitionException(i.code(), i.status(), action.to());
        var at = clock.instant();
        // the layer first: if the incident changed under us (version conflict) nothing is logged
        IncidentLayer.writeStatus(ws, incidentId, action.to(), at, who.strip());
        log.append(new DispatchLogEntry(at, who, i.id(), i.code(), action, i.status(), action.to(), unitId, unitName));
        Incident moved = i.moved(action.to(), unitId, unitName);
        if (moved.isOpen()) {
            open.put(incidentId, moved);
        } else {
            open.remove(incidentId);
            closed.put(incidentId, moved);
        }
        return moved;
    }

    /** An open incident or one closed in this session; throws for an id the desk never had. */
    private synchronized Incident find(String incidentId) {
        Incident c = closed.get(incidentId);
        return c != null ? c : require(incidentId);
    }

    private synchronized Incident require(String incidentId) {
        Incident i = open.get(incidentId);
        if (i == null) throw new IllegalArgumentException("no open incident with id " + incidentId + " (closed, or not in the incident layer)");
        return i;
    }
}
