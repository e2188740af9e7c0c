package org.onemap.app.desktop.importer;

import java.util.List;
import org.onemap.app.desktop.params.ParameterField;
import org.onemap.core.spi.Parameter;
import org.onemap.dataimport.ImportParameters;

/**
 * The import wizard's editors for importer parameters: the column-mapping keys pick one of the source
 * columns, the CRS and the sheet are free text with suggestions; anything else as its metadata implies.
 */
final class ImportFields {
    static final List<String> CRS = List.of("", "EPSG:4326", "EPSG:4490", "GCJ-02", "EPSG:4545", "EPSG:4546", "EPSG:4547", "EPSG:4525", "EPSG:4526");
    private static final List<String> COLUMN_KEYS = List.of(ImportParameters.X, ImportParameters.Y,
            ImportParameters.JOIN_CODE, ImportParameters.JOIN_NAME);

    private ImportFields() {}

    static ParameterField create(Parameter p, String label) {
        if (COLUMN_KEYS.contains(p.key())) return new ParameterField(p, label, ParameterField.Kind.COLUMN, List.of());
        if (ImportParameters.SRS.equals(p.key())) return new ParameterField(p, label, ParameterField.Kind.CHOICE, CRS);
        if (ImportParameters.SHEET.equals(p.key())) return new ParameterField(p, label, ParameterField.Kind.CHOICE, List.of(""));
        return ParameterField.of(p, label);
    }
}
