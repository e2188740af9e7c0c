package org.onemap.core.spi;

import org.onemap.core.feature.Feature;

/**
 * An all-or-nothing set of writes to one layer. Updates and deletes check the feature's version
 * (optimistic locking) and fail with {@link VersionConflictException} when it moved on.
 */
public interface Transaction extends AutoCloseable {
    /** Inserts a feature; returns its id (the given one, or one the store assigns). */
    String insert(Feature feature);

    /** Replaces geometry and attributes of {@code feature.id()}; its version must be current. */
    void update(Feature feature);

    /** Deletes the feature with that id at that version. */
    void delete(String id, long version);

    default void insertAll(Iterable<Feature> features) {
        for (Feature f : features) insert(f);
    }

    void commit();

    void rollback();

    /** Rolls back unless committed. */
    @Override
    void close();
}
