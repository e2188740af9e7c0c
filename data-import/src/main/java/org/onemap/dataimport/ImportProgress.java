package org.onemap.dataimport;

/**
 * Progress and cancellation hooks of an import: readers call {@link #advance} as they go and check
 * {@link #cancelled()} between records; a cancelled import throws {@link ImportCancelledException}
 * and writes nothing.
 */
public interface ImportProgress {
    /** No reporting, never cancelled. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void advance(String stage, long done, long total) {}

        @Override
        public boolean cancelled() { return false; }
    };

    /** {@code done} of {@code total} units of {@code stage} (total is -1 when unknown). */
    void advance(String stage, long done, long total);

    /** True once the user asked to stop. */
    boolean cancelled();

    /**
     * How far {@code done} of {@code total} is, 0..1; an unknown total (streamed xlsx, CSV: -1) creeps
     * towards 1 without reaching it, so a bar still moves.
     */
    static double fraction(long done, long total) {
        return total > 0 ? Math.min(1, done / (double) total) : done / (done + 5000.0);
    }

    /** Throws {@link ImportCancelledException} if cancelled. */
    default void checkCancelled() {
        if (cancelled()) throw new ImportCancelledException();
    }
}
