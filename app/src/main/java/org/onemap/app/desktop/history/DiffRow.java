package org.onemap.app.desktop.history;

/** One attribute of a version next to the current feature's value; {@code changed} marks the ones that differ. */
public record DiffRow(String field, String label, String then, String now, boolean changed) {}
