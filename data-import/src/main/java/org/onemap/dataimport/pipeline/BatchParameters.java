package org.onemap.dataimport.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.onemap.core.spi.Parameter;
import org.onemap.dataimport.ImportParameters;
import org.onemap.dataimport.Importer;
import org.onemap.dataimport.Importers;

/**
 * The parameters of each file of a batch (folder) import. One parameter set for all files is wrong as
 * soon as the files differ: the encoding chosen for one CSV garbles the next, a GeoJSON has no column
 * to put {@code --x} on, a second workbook titles its columns lon/lat instead of 经度/纬度. So:
 * <ul>
 *   <li>{@code forAll} values go to every file whose importer declares them (the CLI's explicit flags);</li>
 *   <li>{@code forPreviewed} values go only to the file the user previewed while choosing them (the wizard's
 *       encoding, sheet and column mapping); every other file detects its own encoding, CRS and columns;</li>
 *   <li>a column mapping is dropped for a file that has no such column, so that file's own columns are
 *       recognised (经度/纬度, lon/lat, 村代码 …) instead of the import failing on a title it never had.</li>
 * </ul>
 */
public final class BatchParameters {
    private static final List<String> COLUMN_KEYS = List.of(ImportParameters.X, ImportParameters.Y,
            ImportParameters.JOIN_CODE, ImportParameters.JOIN_NAME);

    private final Map<String, ?> forAll;
    private final Path previewed;
    private final Map<String, ?> forPreviewed;

    /**
     * @param forAll       values for every file (null = none)
     * @param previewed    the file the user looked at, or null
     * @param forPreviewed values for that file only (null = none)
     */
    public BatchParameters(Map<String, ?> forAll, Path previewed, Map<String, ?> forPreviewed) {
        this.forAll = forAll == null ? Map.of() : Map.copyOf(forAll);
        this.previewed = previewed;
        this.forPreviewed = forPreviewed == null ? Map.of() : Map.copyOf(forPreviewed);
    }

    /** The same values for every file (a single-file import, or the CLI): still filtered per importer and per columns. */
    public static BatchParameters same(Map<String, ?> values) {
        return new BatchParameters(values, null, null);
    }

    /** The parameters {@code file} is imported with. */
    public Map<String, Object> forFile(Path file) {
        Importer importer = Importers.forFile(file);
        Set<String> declared = new java.util.HashSet<>();
        for (Parameter p : importer.parameters()) declared.add(p.key());
        Map<String, Object> out = new LinkedHashMap<>();
        forAll.forEach((k, v) -> { if (declared.contains(k)) out.put(k, v); });
        if (previewed != null && Objects.equals(previewed.toAbsolutePath().normalize(), file.toAbsolutePath().normalize())) {
            forPreviewed.forEach((k, v) -> { if (declared.contains(k)) out.put(k, v); });
        }
        if (COLUMN_KEYS.stream().anyMatch(out::containsKey)) keepColumnsThisFileHas(file, out);
        return out;
    }

    private static void keepColumnsThisFileHas(Path file, Map<String, Object> params) {
        Map<String, Object> probe = new LinkedHashMap<>(params);
        COLUMN_KEYS.forEach(probe::remove);
        List<String> columns;
        try {
            columns = new WorkspaceImport(null).preview(file, probe, 1).columns();
        } catch (RuntimeException e) {
            return; // unreadable: the import itself says why, with the parameters as given
        }
        boolean all = COLUMN_KEYS.stream().map(k -> ImportParameters.string(params, k)).filter(Objects::nonNull)
                .allMatch(c -> columns.stream().anyMatch(t -> t.equalsIgnoreCase(c)));
        if (!all) COLUMN_KEYS.forEach(params::remove);
    }
}
