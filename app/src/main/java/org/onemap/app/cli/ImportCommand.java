package org.onemap.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onemap.app.workspace.WorkspaceService;
import org.onemap.dataimport.ImportException;
import org.onemap.dataimport.ImportParameters;
import org.onemap.dataimport.ImportProblem;
import org.onemap.dataimport.ImportProgress;
import org.onemap.dataimport.ImportReport;
import org.onemap.dataimport.pipeline.BatchParameters;
import org.onemap.dataimport.pipeline.ImportCatalog;
import org.onemap.dataimport.pipeline.ImportRequest;
import org.onemap.dataimport.pipeline.ImportResult;
import org.onemap.dataimport.pipeline.WorkspaceImport;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code onemap import FILE}: shapefile, Excel/CSV, GeoJSON or KML into a workspace layer, all-or-nothing
 * unless {@code --mode valid-rows}. Rejected imports print every problem as
 * {@code onemap: error: <file>:<row>:<col>: <what>} and exit 1 with nothing written. {@code --undo ID}
 * removes what an import wrote; {@code --list} shows the import catalog.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "import a shapefile, Excel/CSV, GeoJSON or KML file into a workspace layer (all-or-nothing by default)")
final class ImportCommand extends WorkspaceCommand {
    private static final int MAX_LISTED = 20;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "the file to import (.shp .xlsx .xls .csv .geojson .kml .gpkg), or a folder: each such file into its own layer")
    Path file;

    @Option(names = "--layer", paramLabel = "NAME", description = "target layer (default: from the file name)")
    String layer;

    @Option(names = "--srs", paramLabel = "EPSG:n|GCJ-02", description = "source CRS when the file does not say (or to override it)")
    String srs;

    @Option(names = "--encoding", paramLabel = "CS", description = "text encoding (GBK, UTF-8 …), overriding .cpg / detection")
    String encoding;

    @Option(names = "--x", paramLabel = "COL", description = "column with longitude / easting")
    String x;

    @Option(names = "--y", paramLabel = "COL", description = "column with latitude / northing")
    String y;

    @Option(names = "--join-code", paramLabel = "COL", description = "place rows by 6/9/12-digit admin code in COL")
    String joinCode;

    @Option(names = "--join-name", paramLabel = "COL", description = "place rows by village (or township/county) name in COL")
    String joinName;

    @Option(names = "--sheet", paramLabel = "NAME", description = "only this sheet of a workbook")
    String sheet;

    @Option(names = "--mode", paramLabel = "all|valid-rows", defaultValue = "all",
            description = "all: any invalid row rejects the import (default); valid-rows: import the valid rows, report the rest")
    String mode;

    @Option(names = "--append", description = "add to an existing layer")
    boolean append;

    @Option(names = "--replace", description = "replace the features of an existing layer")
    boolean replace;

    @Option(names = "--report", paramLabel = "F.xlsx", description = "write the validation report (file, sheet, row, column, value, problem, fix)")
    Path report;

    @Option(names = "--undo", paramLabel = "ID", description = "undo the import with this id (deletes its features; drops a layer it created)")
    String undo;

    @Option(names = "--list", description = "list the imports recorded in the workspace")
    boolean list;

    @Override
    public Integer call() {
        int actions = (file != null ? 1 : 0) + (undo != null ? 1 : 0) + (list ? 1 : 0);
        if (actions != 1) throw new UsageException("give exactly one of FILE, --undo ID or --list");
        if ((x == null) != (y == null)) throw new UsageException("--x and --y go together");
        if (joinCode != null && joinName != null) throw new UsageException("give --join-code or --join-name, not both");
        if (x != null && (joinCode != null || joinName != null)) throw new UsageException("give --x/--y or a join column, not both");
        if (append && replace) throw new UsageException("give --append or --replace, not both");
        ImportRequest.RowMode rows = switch (mode.toLowerCase(Locale.ROOT)) {
            case "all" -> ImportRequest.RowMode.ALL;
            case "valid-rows", "valid_rows" -> ImportRequest.RowMode.VALID_ROWS;
            case "append" -> { append = true; yield ImportRequest.RowMode.ALL; }
            case "replace" -> { replace = true; yield ImportRequest.RowMode.ALL; }
            default -> throw new UsageException("--mode must be all or valid-rows (or append/replace): " + mode);
        };
        if (report != null && !report.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageException("--report must name an .xlsx file: " + report);
        }
        if (file != null && !Files.exists(file)) throw new CliException(file + ": no such file");
        if (file != null && Files.isDirectory(file) && layer != null) throw new UsageException("--layer names one layer: not with a folder");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CliTiming timing = CliTiming.start(err);
        try (H2gisWorkspace ws = workspace().open()) {
            timing.step("workspace opened");
            if (list) return list(ws, out);
            if (undo != null) {
                long n = new ImportCatalog(ws).undo(undo, WorkspaceService.userName());
                out.println("undid import " + undo + ": " + n + " features deleted");
                out.flush();
                return ExitCode.OK;
            }
            ImportRequest.TargetMode target = append ? ImportRequest.TargetMode.APPEND
                    : replace ? ImportRequest.TargetMode.REPLACE : ImportRequest.TargetMode.CREATE;
            ImportRequest request = new ImportRequest(layer, params(), rows, target, WorkspaceService.userName());
            if (Files.isDirectory(file)) return folder(ws, request, out, err);
            ImportResult r;
            try {
                r = new WorkspaceImport(ws).run(file, request, ImportProgress.NONE);
            } catch (ImportException e) {
                return rejected(e, err);
            }
            timing.step("imported (read, written, indexed)");
            writeReport(r.report());
            List<ImportProblem> shown = r.report().problems();
            for (ImportProblem p : firstListed(shown)) err.println("onemap: " + (p.isError() ? "skipped" : "warning") + ": " + p.located());
            if (shown.size() > MAX_LISTED) err.println("onemap: … " + (shown.size() - MAX_LISTED) + " more in the report (--report F.xlsx)");
            err.flush();
            out.println("imported " + r.written() + " features into layer " + r.layer() + (r.created() ? " (new)" : "")
                    + (r.skipped() > 0 ? ", " + r.skipped() + " rows skipped" : "") + "; import id " + r.importId()
                    + " (undo: onemap import --undo " + r.importId() + ")");
            out.flush();
            return ExitCode.OK;
        } finally {
            timing.step("workspace closed");
        }
    }

    /**
     * Imports every file of a folder that an importer reads (a shapefile counts once, by its .shp), each into
     * its own layer and its own transaction; one combined report. Exit 1 when any file was rejected.
     */
    private int folder(H2gisWorkspace ws, ImportRequest request, PrintWriter out, PrintWriter err) {
        List<Path> files;
        try (var s = Files.list(file)) {
            files = s.filter(Files::isRegularFile).filter(p -> org.onemap.dataimport.Importers.all().stream().anyMatch(i -> i.canRead(p)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new CliException(file + ": cannot list the folder: " + e.getMessage(), e);
        }
        if (files.isEmpty()) throw new CliException(file + ": no importable files (.shp .xlsx .xls .csv .geojson .kml .gpkg) in this folder");
        ImportReport combined = new ImportReport(file.getFileName() == null ? file.toString() : file.getFileName().toString());
        int failed = 0;
        BatchParameters perFile = BatchParameters.same(request.params()); // each file detects what the flags leave open
        for (Path f : files) {
            try {
                ImportRequest own = new ImportRequest(request.layer(), perFile.forFile(f), request.rows(), request.target(), request.user());
                ImportResult r = new WorkspaceImport(ws).run(f, own, ImportProgress.NONE);
                combined.addAll(r.report());
                out.println(f.getFileName() + ": imported " + r.written() + " features into layer " + r.layer()
                        + (r.skipped() > 0 ? ", " + r.skipped() + " rows skipped" : "") + "; import id " + r.importId());
            } catch (ImportException e) {
                failed++;
                if (e.report() != null) combined.addAll(e.report());
                List<ImportProblem> errors = e.report() == null || e.problem() == null ? List.of() : e.report().errors();
                if (errors.isEmpty()) err.println("onemap: error: " + e.getMessage());
                printErrors(errors, err);
                if (!errors.isEmpty()) err.println("onemap: error: " + f.getFileName() + ": rejected, nothing imported from it");
            }
        }
        writeReport(combined);
        out.println(files.size() - failed + " of " + files.size() + " files imported");
        out.flush();
        err.flush();
        return failed == 0 ? ExitCode.OK : ExitCode.ERROR;
    }

    private int rejected(ImportException e, PrintWriter err) {
        ImportReport rep = e.report();
        if (rep != null) writeReport(rep);
        if (rep == null || e.problem() == null || rep.errors().isEmpty()) throw new CliException(e.getMessage(), e);
        List<ImportProblem> errors = rep.errors();
        printErrors(errors, err);
        long rowsRejected = errors.stream().map(p -> p.sheet() + "\u0000" + p.row()).distinct().count();
        err.println("onemap: error: import rejected: " + errors.size() + " problem" + (errors.size() == 1 ? "" : "s") + " in " + rowsRejected
                + " row" + (rowsRejected == 1 ? "" : "s") + (errors.size() > MAX_LISTED ? " (first " + MAX_LISTED + " shown)" : "")
                + "; nothing imported (fix them, or --mode valid-rows" + (report == null ? ", --report F.xlsx for the list" : "") + ")");
        err.flush();
        return ExitCode.ERROR;
    }

    /** The first {@link #MAX_LISTED} errors, each as {@code onemap: error: <file>:<row>:<col>: <what>}. */
    private static void printErrors(List<ImportProblem> errors, PrintWriter err) {
        for (ImportProblem p : firstListed(errors)) err.println("onemap: error: " + p.located());
    }

    /** A terminal shows only so much; the full list goes to {@code --report}. */
    private static List<ImportProblem> firstListed(List<ImportProblem> problems) {
        return problems.subList(0, Math.min(MAX_LISTED, problems.size()));
    }

    private Map<String, Object> params() {
        Map<String, Object> p = new HashMap<>();
        put(p, ImportParameters.SRS, srs);
        put(p, ImportParameters.ENCODING, encoding);
        put(p, ImportParameters.X, x);
        put(p, ImportParameters.Y, y);
        put(p, ImportParameters.JOIN_CODE, joinCode);
        put(p, ImportParameters.JOIN_NAME, joinName);
        put(p, ImportParameters.SHEET, sheet);
        return p;
    }

    private static void put(Map<String, Object> p, String k, String v) {
        if (v != null) p.put(k, v);
    }

    private void writeReport(ImportReport rep) {
        if (report == null) return;
        try {
            Path parent = report.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            rep.writeXlsx(report);
        } catch (IOException e) {
            throw new CliException("cannot write the report " + report + ": " + e.getMessage(), e);
        }
    }

    private static int list(H2gisWorkspace ws, PrintWriter out) {
        out.println("id,layer,file,count,mode,at,user,undone_at");
        for (ImportCatalog.Entry e : new ImportCatalog(ws).list()) {
            out.println(String.join(",", e.id(), e.layer(), csv(e.file()), Long.toString(e.count()), e.mode(), e.at(), csv(e.user()),
                    e.undoneAt() == null ? "" : e.undoneAt()));
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String csv(String s) {
        if (s == null) return "";
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
