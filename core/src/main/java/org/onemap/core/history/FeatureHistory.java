package org.onemap.core.history;

import java.time.Instant;
import java.util.List;
import org.onemap.core.spi.FeatureSource;

/**
 * The recorded past of a store's features, for stores that keep an audit log of every change (see
 * {@link org.onemap.core.spi.DataSource#history()}): the versions of one feature, and a layer as it
 * was at an instant.
 */
public interface FeatureHistory {
    /**
     * The versions of one feature, oldest first: its creation (from the log, or reconstructed for a
     * feature that came in with a bulk load), every update and its deletion. Empty for an unknown feature.
     */
    List<FeatureVersion> versions(String layer, String featureId);

    /**
     * The layer as it was at {@code at}: features inserted later are absent, features updated or deleted
     * later read as they were then. Read-only; reads go to the live layer plus the logged before images.
     */
    FeatureSource asOf(String layer, Instant at);
}
