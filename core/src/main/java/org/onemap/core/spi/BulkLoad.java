package org.onemap.core.spi;

import org.onemap.core.feature.Feature;

/**
 * A running bulk load into a new layer (see {@link BulkLoading}). Features are buffered and written in
 * large batches, possibly on another thread: a write failure may surface on a later {@link #add} or on
 * {@link #finish}. All or nothing: {@link #close()} without {@link #finish()} leaves no trace.
 */
public interface BulkLoad extends AutoCloseable {
    /** Queues one feature (geometry in the layer's CRS; the store assigns the id). */
    void add(Feature feature);

    /** Features queued so far. */
    long count();

    /**
     * Writes the features a store held back (to write them in a better order once all are known), calling
     * {@code written} now and then with how many are written; it may throw to abandon the load (a cancel).
     * {@link #finish()} does this itself when it was not called. Default: nothing is held back.
     */
    default void write(java.util.function.LongConsumer written) {
    }

    /**
     * Writes what is queued, then builds the spatial index, attaches the layer's usual write machinery
     * (versions, audit) and publishes the layer, recording the whole load as one audited operation.
     *
     * @return the new layer
     */
    FeatureStore finish();

    /** Abandons the load unless finished: the partly written layer is removed. */
    @Override
    void close();
}
