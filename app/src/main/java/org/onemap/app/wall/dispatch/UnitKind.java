package org.onemap.app.wall.dispatch;

/** What can be sent to an incident: a team from a service site, or a machine. */
public enum UnitKind { TEAM, MACHINE }
