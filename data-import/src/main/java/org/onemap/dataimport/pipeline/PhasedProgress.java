package org.onemap.dataimport.pipeline;

import org.onemap.dataimport.ImportProgress;

/**
 * One progress bar over a bulk import's three phases: reading (and validating) fills the first half,
 * writing the held-back rows most of the rest, building the index the end. Each report goes out as
 * "{@code done} of {@link #SCALE}" of the whole import.
 *
 * <p>Why: the reader's own count filled the bar, which then stood at 100 % through the write, in H2GIS
 * the longest phase of a large import.
 */
final class PhasedProgress {
    static final long SCALE = 1_000_000;
    static final double READ = 0.5;
    static final double WRITE = 0.45;
    private final ImportProgress out;
    private final ImportProgress reading;

    PhasedProgress(ImportProgress out) {
        this.out = out;
        this.reading = new ImportProgress() {
            @Override
            public void advance(String stage, long done, long total) {
                report(stage, READ * ImportProgress.fraction(done, total));
            }

            @Override
            public boolean cancelled() { return out.cancelled(); }
        };
    }

    /** What the reader reports to. */
    ImportProgress reading() { return reading; }

    /** {@code done} of {@code total} rows written to {@code layer}. */
    void writing(String layer, long done, long total) {
        out.checkCancelled();
        report("write " + layer, READ + WRITE * ImportProgress.fraction(done, total));
    }

    /** The index of {@code layer} is being built (the last phase). */
    void indexing(String layer) {
        out.checkCancelled();
        report("index " + layer, READ + WRITE);
    }

    private void report(String stage, double fraction) {
        out.advance(stage, Math.round(fraction * SCALE), SCALE);
    }
}
