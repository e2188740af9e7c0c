package org.onemap.app.wall.dispatch;

/** A dispatch action that the incident's current status does not allow (closing a new incident …). */
public final class IllegalTransitionException extends IllegalStateException {
    private final IncidentStatus from;
    private final IncidentStatus to;

    public IllegalTransitionException(String incident, IncidentStatus from, IncidentStatus to) {
        super("incident " + incident + " cannot go from " + from.code() + " to " + to.code()
                + (from.next() == null ? ": it is already closed" : ": the next step is " + from.next().code()));
        this.from = from;
        this.to = to;
    }

    public IncidentStatus from() { return from; }

    public IncidentStatus to() { return to; }
}
