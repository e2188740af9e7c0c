package org.onemap.dataimport.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.DataSource;
import org.onemap.dataimport.ImportCancelledException;
import org.onemap.dataimport.ImportContext;
import org.onemap.dataimport.ImportException;
import org.onemap.dataimport.ImportProblem;
import org.onemap.dataimport.ImportProgress;
import org.onemap.dataimport.ImportReport;
import org.onemap.dataimport.ImportSource;
import org.onemap.dataimport.Importer;
import org.onemap.dataimport.Importers;
import org.onemap.dataimport.SourceRecord;

/**
 * The import pipeline: read a file with its {@link Importer}, validate every record into an
 * {@link ImportReport}, infer the schema from the values, then write in ONE transaction. By default the
 * import is all-or-nothing: any invalid row rejects it and nothing is written (a layer it created is
 * removed again); {@link ImportRequest.RowMode#VALID_ROWS} writes the valid rows. Each committed import
 * is recorded in the {@link ImportCatalog} so it can be undone. The source file is only read.
 *
 * <p>Memory stays bounded by a write batch: a source that declares its types (shapefile) is validated and
 * written in one pass ({@link StreamingImport}); any other is read once to validate every row and infer the
 * types (an all-or-nothing import with invalid rows is rejected here, before the workspace is touched),
 * its valid rows kept in a temp file ({@link RecordSpill}) that the write then replays.
 */
public final class WorkspaceImport {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final DataSource ws;

    public WorkspaceImport(DataSource workspace) {
        this.ws = workspace;
    }

    /** What the preview shows: detected facts, columns, the first records and the problems met so far. */
    public record Preview(List<String> description, List<String> columns, List<SourceRecord> rows, ImportReport report) {
    }

    /**
     * Reads at most {@code maxRows} records for a preview; writes nothing. A file that cannot be mapped as
     * given (e.g. read in the wrong encoding) still previews: the reason is an error in the report.
     */
    public Preview preview(Path file, Map<String, ?> params, int maxRows) {
        ImportReport report = new ImportReport(file.getFileName().toString());
        List<SourceRecord> rows = new ArrayList<>();
        try (ImportSource src = Importers.forFile(file).open(file, params)) {
            try {
                src.read(new ImportContext(ws, report, ImportProgress.NONE), r -> {
                    rows.add(r);
                    if (rows.size() >= maxRows) throw new EnoughRows();
                });
            } catch (EnoughRows enough) {
                // preview is full
            } catch (ImportException e) {
                // a wrong encoding or mapping: show what was read and why no rows came (the user switches and retries)
                report.error("", 0, "", "", e.getMessage());
            }
            return new Preview(src.description(), src.columns(), rows, report);
        } catch (IOException e) {
            throw new ImportException(e.getMessage(), e);
        }
    }

    private static final class EnoughRows extends RuntimeException {
        EnoughRows() { super(null, null, false, false); }
    }

    /**
     * Imports {@code file}.
     *
     * @throws ImportException          when the import is rejected (the report and first problem are attached); nothing written
     * @throws ImportCancelledException when {@code progress} was cancelled; nothing written
     */
    public ImportResult run(Path file, ImportRequest req, ImportProgress progress) {
        if (!Files.isRegularFile(file)) throw new ImportException(file + ": no such file");
        String fileName = file.getFileName().toString();
        ImportReport report = new ImportReport(fileName);
        Importer importer = Importers.forFile(file);
        try (ImportSource src = importer.open(file, req.params())) {
            src.description().forEach(report::note);
            Optional<LayerSchema> known = src.declaredSchema();
            if (known.isPresent()) return new StreamingImport(ws, src, known.get(), report, progress).run(file, req);
            try (RecordSpill rows = new RecordSpill(); EarlyWrite early = EarlyWrite.forImport(ws, file, req, progress)) {
                LayerSchema declared = inferSchema(src, rows, report, progress, early);
                if (report.hasErrors() && req.rows() == ImportRequest.RowMode.ALL) throw rejection(report); // nothing published
                ImportResult written = early == null ? null : early.finish(declared, report);
                if (written != null) return written;
                // the types are known: the validated rows stream from the spill into the layer like a shapefile's
                return new StreamingImport(ws, rows, declared, report, progress).validated().run(file, req);
            }
        } catch (IOException e) {
            throw new ImportException(located(e) + "; nothing imported", e);
        } catch (java.io.UncheckedIOException e) {
            throw new ImportException(e.getMessage() + "; nothing imported", e.getCause());
        }
    }

    /**
     * The one read of a source without declared types: validates every row (so an all-or-nothing import is
     * rejected before the workspace is touched), infers each column's type from the values of the valid
     * rows, and the geometry type, and keeps the valid rows (geometry in WGS84) in {@code rows} for the
     * write. Holds one type tally per column in memory, the rows on disk.
     */
    private LayerSchema inferSchema(ImportSource src, RecordSpill rows, ImportReport report, ImportProgress progress, EarlyWrite early)
            throws IOException {
        RecordValidator validator = new RecordValidator(report, RecordValidator.area(ws));
        Map<String, ColumnTypes> types = new LinkedHashMap<>();
        GeometryShapes.Tally kinds = new GeometryShapes.Tally();
        src.read(new ImportContext(ws, report, progress), r -> {
            if (report.hasErrorFor(r.sheet(), r.row())) return;
            Geometry g = validator.check(r);
            if (g == null) return;
            kinds.add(g);
            for (Map.Entry<String, Object> e : r.attributes().entrySet()) types.computeIfAbsent(e.getKey(), k -> new ColumnTypes()).add(e.getValue());
            rows.add(r, g);
            if (early != null) early.offer(r, g, report, () -> schema(src, types, kinds));
        });
        progress.checkCancelled();
        src.description().stream().filter(d -> !report.notes().contains(d)).forEach(report::note);
        return schema(src, types, kinds);
    }

    /** The source's columns with the types their values so far imply. */
    private static LayerSchema schema(ImportSource src, Map<String, ColumnTypes> types, GeometryShapes.Tally kinds) {
        List<FieldDef> fields = new ArrayList<>();
        for (String c : src.columns()) fields.add(FieldDef.of(c, types.containsKey(c) ? types.get(c).type() : FieldType.STRING));
        return new LayerSchema("source", kinds.kind(), LayerSchema.WGS84, fields);
    }

    /** A new import id: time-based, readable, unique enough for one workspace ({@code imp-20261128-201500-a3f9}). */
    static String newImportId() {
        return "imp-" + LocalDateTime.now().format(ID_TIME) + "-" + Integer.toHexString(0x1000 + ThreadLocalRandom.current().nextInt(0xF000));
    }

    /** The all-or-nothing rejection: the first problem located, then the count. */
    static ImportException rejection(ImportReport report) {
        ImportProblem first = report.errors().get(0);
        long rows = report.rejectedRows();
        int n = report.errors().size();
        return new ImportException(first.located() + " (" + n + " problem" + (n == 1 ? "" : "s") + " in " + rows + " row" + (rows == 1 ? "" : "s")
                + "; nothing imported — fix them or use --mode valid-rows)", first, report, null);
    }

    static ImportException nothingValid(String fileName, ImportReport report) {
        ImportProblem first = report.errors().isEmpty() ? null : report.errors().get(0);
        return new ImportException(fileName + ": no valid rows to import" + (first == null ? "" : " (first problem: " + first.located() + ")"),
                first, report, null);
    }

    /** A shapefile fault as {@code file:record: what} (the CLI's location form); other messages as they are. */
    static String located(IOException e) {
        if (e instanceof org.onemap.dataimport.shapefile.ShapefileFormatException s && s.record() > 0) {
            String prefix = s.fileName() + ": record " + s.record() + ": ";
            String m = s.getMessage();
            return s.fileName() + ":" + s.record() + ": " + (m.startsWith(prefix) ? m.substring(prefix.length()) : m);
        }
        return e.getMessage();
    }

    /** {@code given}, or the file's base name as a valid layer name ({@code import_…} when it has no usable letters). */
    static String layerName(String given, String fileName) {
        if (given != null && !given.isBlank()) return given.trim();
        String base = fileName.replaceFirst("\\.[^.]+$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) base = "import_" + base;
        if (base.startsWith("onemap_")) base = "import_" + base;
        if (base.endsWith("_")) base = base.substring(0, base.length() - 1);
        return base.length() > 60 ? base.substring(0, 60) : base;
    }
}
