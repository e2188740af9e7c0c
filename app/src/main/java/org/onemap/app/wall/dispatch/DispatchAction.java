package org.onemap.app.wall.dispatch;

import java.util.Locale;

/** What an operator does to an incident; each moves it one step along {@link IncidentStatus}. */
public enum DispatchAction {
    ASSIGN(IncidentStatus.ASSIGNED),
    ARRIVE(IncidentStatus.ON_SITE),
    CLOSE(IncidentStatus.CLOSED);

    private final IncidentStatus to;

    DispatchAction(IncidentStatus to) {
        this.to = to;
    }

    /** The status the incident has after this action. */
    public IncidentStatus to() { return to; }

    /** Lower-case name as the log stores it. */
    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static DispatchAction ofCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
