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

    /** Throws {@link ImportCancelledException} if cancelled. */
    default void checkCancelled() {
        if (cancelled()) throw new ImportCancelledException();
    }
}
