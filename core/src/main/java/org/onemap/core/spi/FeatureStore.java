package org.onemap.core.spi;

/** A layer that can be written; every write goes through a {@link Transaction}. */
public interface FeatureStore extends FeatureSource {
    /**
     * Starts a transaction on this layer. {@code user} is recorded in {@code updated_by} and the audit
     * log. Close it without {@link Transaction#commit()} and nothing is written.
     */
    Transaction begin(String user);
}
