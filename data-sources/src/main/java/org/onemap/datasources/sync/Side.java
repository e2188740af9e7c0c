package org.onemap.datasources.sync;

/** Which side of a {@link Conflict} wins: the workspace's edit ("mine") or the server's ("theirs"). */
public enum Side { MINE, THEIRS }
