package org.onemap.app.desktop.history;

import org.onemap.core.history.FeatureVersion;

/** One row of the history timeline, as text, with the version it shows. */
public record TimelineRow(String version, String time, String user, String operation, String changes, FeatureVersion source) {}
