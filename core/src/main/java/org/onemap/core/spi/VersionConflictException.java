package org.onemap.core.spi;

/** An update or delete named a feature version that is no longer current: someone else changed it. */
public class VersionConflictException extends DataSourceException {
    public VersionConflictException(String layer, String id, long expected, long actual) {
        super("feature " + layer + "/" + id + " changed since it was read (version " + expected + ", now " + actual + ")");
    }
}
