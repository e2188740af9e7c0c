package org.onemap.dataimport.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.BulkLoad;
import org.onemap.core.spi.BulkLoading;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.dataimport.ImportCancelledException;
import org.onemap.dataimport.ImportContext;
import org.onemap.dataimport.ImportException;
import org.onemap.dataimport.ImportProgress;
import org.onemap.dataimport.ImportReport;
import org.onemap.dataimport.ImportSource;
import org.onemap.dataimport.SourceRecord;

/**
 * The write pass of every import, for sources that declare their schema (shapefiles) or whose types a first
 * pass inferred (tables, GeoJSON …; {@code declared} then names the source columns): rows are validated and written in
 * batches inside ONE transaction, so memory stays bounded by a batch whatever the file size. All-or-nothing
 * still holds: after the first invalid row nothing more is written, reading goes on only to report every
 * problem, and the transaction is rolled back (a layer the import created is removed).
 */
final class StreamingImport {
    private static final int BATCH = 5000;
    /** {@code -Donemap.import.bulk=false} takes the row-by-row path for new layers too (to compare the two in benchmarks). */
    static final boolean BULK = !"false".equals(System.getProperty("onemap.import.bulk"));

    private final DataSource ws;
    private final ImportSource src;
    private final LayerSchema declared;
    private final ImportReport report;
    private final ImportProgress progress;
    private boolean validated;
    private boolean inGivenOrder;

    StreamingImport(DataSource ws, ImportSource src, LayerSchema declared, ImportReport report, ImportProgress progress) {
        this.ws = ws;
        this.src = src;
        this.declared = declared;
        this.report = report;
        this.progress = progress;
    }

    /**
     * The source's records were already checked by a {@link RecordValidator} into this report and carry
     * WGS84 geometry (a {@link RecordSpill}): they are not checked again (that would report each problem twice).
     */
    StreamingImport validated() {
        validated = true;
        return this;
    }

    /** The records come in a good spatial order already: a bulk load writes them as they come. */
    StreamingImport inGivenOrder() {
        inGivenOrder = true;
        return this;
    }

    private Geometry check(RecordValidator validator, SourceRecord r) {
        return validated ? r.geometry() : validator.check(r);
    }

    ImportResult run(Path file, ImportRequest req) throws IOException {
        String layer = WorkspaceImport.layerName(req.layer(), file.getFileName().toString());
        boolean exists = ws.hasLayer(layer);
        if (req.target() == ImportRequest.TargetMode.CREATE && exists) {
            throw new ImportException("layer " + layer + " already exists: use --append or --replace, or another --layer");
        }
        List<String> columns = declared.fields().stream().map(FieldDef::name).toList(); // source column titles
        List<String> fieldNames = FieldNames.forTitles(columns);
        LayerSchema schema;
        if (exists) {
            schema = ws.layer(layer).schema();
            fieldNames = FieldNames.matchExisting(fieldNames, schema);
        } else {
            List<FieldDef> defs = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) defs.add(FieldDef.of(fieldNames.get(i), declared.fields().get(i).type()));
            defs.add(FieldDef.of(ImportCatalog.IMPORT_ID_FIELD, FieldType.STRING));
            schema = new LayerSchema(layer, declared.geometryType(), LayerSchema.WGS84, defs);
            report.note("new layer " + layer + ": " + schema.geometryType().ogcName() + ", fields "
                    + String.join(", ", defs.stream().map(d -> d.name() + " " + d.type()).toList()));
        }
        String importId = WorkspaceImport.newImportId();
        FeatureMapper mapper = new FeatureMapper(columns, fieldNames, schema, importId, report);
        RecordValidator validator = new RecordValidator(report, RecordValidator.area(ws));
        ImportCatalog catalog = new ImportCatalog(ws);
        catalog.ensureTable();
        boolean allOrNothing = req.rows() == ImportRequest.RowMode.ALL;
        if (!exists && BULK && ws instanceof BulkLoading loading) return bulk(loading, schema, mapper, validator, catalog, file, req, layer, importId);
        FeatureStore store = exists
                ? ws.writableLayer(layer).orElseThrow(() -> new ImportException("layer " + layer + " is read-only"))
                : ws.createLayer(schema);
        boolean tagged = store.schema().field(ImportCatalog.IMPORT_ID_FIELD).isPresent();
        List<String> ids = new ArrayList<>();
        long[] written = {0};
        try (Transaction tx = store.begin(req.user())) {
            if (req.target() == ImportRequest.TargetMode.REPLACE && exists) {
                List<Feature> old = store.list(Query.ALL);
                for (Feature f : old) tx.delete(f.id(), f.version());
                report.note("replaced: " + old.size() + " features of " + layer + " deleted (their history is in the audit log)");
            }
            List<Feature> batch = new ArrayList<>(BATCH);
            src.read(new ImportContext(ws, report, progress), r -> {
                Geometry g = check(validator, r);
                if (g == null || report.hasErrorFor(r.sheet(), r.row())) return;
                Feature f = mapper.map(r, g);
                if (f == null || (allOrNothing && report.hasErrors())) return; // rejected: read on only to report every problem
                batch.add(f);
                if (batch.size() >= BATCH) written[0] += flush(tx, batch, tagged, ids);
            });
            if (allOrNothing && report.hasErrors()) throw WorkspaceImport.rejection(report);
            written[0] += flush(tx, batch, tagged, ids);
            if (written[0] == 0) throw WorkspaceImport.nothingValid(file.getFileName().toString(), report);
            progress.checkCancelled();
            tx.commit();
        } catch (RuntimeException | IOException e) {
            if (!exists) {
                try {
                    catalog.dropLayer(layer);
                } catch (RuntimeException dropFailed) {
                    e.addSuppressed(dropFailed);
                }
            }
            throw failed(layer, e);
        }
        catalog.record(importId, layer, file.getFileName().toString(), req.user(), written[0], mode(req), !exists,
                tagged ? null : ImportCatalog.IdRanges.compact(ids));
        return new ImportResult(importId, layer, written[0], report.rejectedRows(), !exists, report);
    }

    /**
     * A new layer in a store that bulk-loads: rows stream into the load (its writer thread inserts while
     * this one reads and validates), the spatial index and triggers are built once at the end, and the
     * load leaves nothing behind when the import is rejected, fails or is cancelled.
     */
    private ImportResult bulk(BulkLoading loading, LayerSchema schema, FeatureMapper mapper, RecordValidator validator,
                              ImportCatalog catalog, Path file, ImportRequest req, String layer, String importId) throws IOException {
        boolean allOrNothing = req.rows() == ImportRequest.RowMode.ALL;
        long written;
        PhasedProgress phases = new PhasedProgress(progress);
        try (BulkLoad load = inGivenOrder ? loading.startBulkLoadInGivenOrder(schema, req.user()) : loading.startBulkLoad(schema, req.user())) {
            src.read(new ImportContext(ws, report, phases.reading()), r -> {
                Geometry g = check(validator, r);
                if (g == null || report.hasErrorFor(r.sheet(), r.row())) return;
                Feature f = mapper.map(r, g);
                if (f == null || (allOrNothing && report.hasErrors())) return; // rejected: read on only to report every problem
                load.add(f);
            });
            if (allOrNothing && report.hasErrors()) throw WorkspaceImport.rejection(report);
            written = load.count();
            if (written == 0) throw WorkspaceImport.nothingValid(file.getFileName().toString(), report);
            progress.checkCancelled();
            long total = written;
            // a store may write only now (H2GIS: in Hilbert order); cancel still stops it
            load.write(n -> phases.writing(layer, n, total));
            phases.indexing(layer);
            load.finish();
        } catch (RuntimeException | IOException e) {
            throw failed(layer, e);
        }
        catalog.record(importId, layer, file.getFileName().toString(), req.user(), written, mode(req), true, null);
        return new ImportResult(importId, layer, written, report.rejectedRows(), true, report);
    }

    private static String mode(ImportRequest req) {
        return req.rows().name().toLowerCase(Locale.ROOT) + "/" + req.target().name().toLowerCase(Locale.ROOT);
    }

    /** The exception an aborted write surfaces as: rejections and cancels as they are, the rest saying nothing was written. */
    private RuntimeException failed(String layer, Exception e) {
        if (e instanceof ImportException || e instanceof ImportCancelledException) return (RuntimeException) e;
        if (e instanceof IOException io) return new ImportException(WorkspaceImport.located(io) + "; nothing imported", io);
        return new ImportException("writing layer " + layer + " failed, nothing was written: " + e.getMessage(), null, report, e);
    }

    private long flush(Transaction tx, List<Feature> batch, boolean tagged, List<String> ids) {
        progress.checkCancelled();
        int n = batch.size();
        if (tagged) tx.insertAll(batch);
        else for (Feature f : batch) ids.add(tx.insert(f));
        batch.clear();
        return n;
    }
}
