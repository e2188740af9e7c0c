package org.onemap.app.desktop.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.LayerInfo;
import org.onemap.core.spi.DataSource;
import org.onemap.dataimport.ImportCancelledException;
import org.onemap.dataimport.ImportException;
import org.onemap.dataimport.ImportProgress;
import org.onemap.dataimport.ImportReport;
import org.onemap.dataimport.pipeline.BatchParameters;
import org.onemap.dataimport.pipeline.ImportCatalog;
import org.onemap.dataimport.pipeline.ImportRequest;
import org.onemap.dataimport.pipeline.ImportResult;
import org.onemap.dataimport.pipeline.WorkspaceImport;

/**
 * Runs the wizard's import off the FX thread: each file in turn through {@link WorkspaceImport} with its own
 * parameters ({@link BatchParameters}: what the user chose applies to the previewed file, the others detect
 * their own encoding, CRS and columns), one
 * combined report, progress as a fraction of the whole batch. A cancel stops the running file (which
 * writes nothing) and undoes the files of the batch already committed, so a cancelled batch leaves
 * the workspace as it was.
 */
final class ImportBatch {
    /**
     * @param failures one line per file that was rejected or could not be read
     * @param extent   union of the written layers' extents (lon/lat), null when nothing was written
     */
    record Outcome(List<ImportResult> results, ImportReport report, List<String> failures, boolean cancelled, Envelope extent) {
        long written() { return results.stream().mapToLong(ImportResult::written).sum(); }

        long skipped() { return results.stream().mapToLong(ImportResult::skipped).sum(); }
    }

    private final DataSource workspace;

    ImportBatch(DataSource workspace) {
        this.workspace = workspace;
    }

    Outcome run(List<Path> files, Function<Path, String> layerFor, BatchParameters params, ImportRequest.RowMode rows,
                ImportRequest.TargetMode target, BooleanSupplier cancelled, DoubleConsumer progress) {
        ImportReport report = new ImportReport(files.size() == 1 ? files.get(0).getFileName().toString() : "batch");
        List<ImportResult> results = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int n = files.size();
        for (int i = 0; i < n; i++) {
            Path file = files.get(i);
            int index = i;
            ImportProgress p = new ImportProgress() {
                @Override
                public void advance(String stage, long done, long total) {
                    progress.accept((index + ImportProgress.fraction(done, total)) / n);
                }

                @Override
                public boolean cancelled() { return cancelled.getAsBoolean(); }
            };
            try {
                if (cancelled.getAsBoolean()) throw new ImportCancelledException();
                ImportResult r = new WorkspaceImport(workspace).run(file, new ImportRequest(layerFor.apply(file), params.forFile(file), rows, target, null), p);
                results.add(r);
                report.addAll(r.report());
            } catch (ImportCancelledException e) {
                undo(results);
                return new Outcome(List.of(), report, failures, true, null);
            } catch (ImportException e) {
                failures.add(e.getMessage());
                if (e.report() != null) report.addAll(e.report());
            } catch (RuntimeException e) {
                failures.add(file.getFileName() + ": " + e);
            }
            progress.accept((i + 1) / (double) n);
        }
        return new Outcome(results, report, failures, false, extent(results));
    }

    private void undo(List<ImportResult> committed) {
        ImportCatalog catalog = new ImportCatalog(workspace);
        if (!catalog.available()) return;
        for (ImportResult r : committed) catalog.undo(r.importId(), System.getProperty("user.name", "unknown"));
    }

    private Envelope extent(List<ImportResult> results) {
        Envelope e = new Envelope();
        for (ImportResult r : results) {
            for (LayerInfo info : workspace.layers()) {
                if (info.name().equalsIgnoreCase(r.layer()) && info.extent() != null) e.expandToInclude(info.extent());
            }
        }
        return e.isNull() ? null : e;
    }
}
