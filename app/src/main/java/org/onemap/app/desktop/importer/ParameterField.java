package org.onemap.app.desktop.importer;

import java.nio.charset.Charset;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onemap.core.spi.Parameter;
import org.onemap.dataimport.ImportParameters;

/**
 * One editable importer parameter, generated from its {@link Parameter} metadata so the wizard serves
 * every format: the label comes from the bundle ({@code import.param.KEY}, else the key), the tooltip
 * from the parameter's help, and the offered values from its type (encodings for a charset, CRS ids
 * for {@code srs}, the source columns for the column-mapping keys). An empty value means "detect".
 */
public final class ParameterField {
    /** How the view edits the value. */
    public enum Kind {
        /** Free text with suggestions (encoding, CRS, sheet). */
        CHOICE,
        /** One of the source columns (or none): the column mapping step. */
        COLUMN,
        /** A yes/no switch. */
        FLAG,
        /** Free text. */
        TEXT
    }

    static final List<String> ENCODINGS = List.of("", "UTF-8", "GBK", "GB18030", "Big5", "UTF-16");
    static final List<String> CRS = List.of("", "EPSG:4326", "EPSG:4490", "GCJ-02", "EPSG:4545", "EPSG:4546", "EPSG:4547", "EPSG:4525", "EPSG:4526");
    private static final List<String> COLUMN_KEYS = List.of(ImportParameters.X, ImportParameters.Y,
            ImportParameters.JOIN_CODE, ImportParameters.JOIN_NAME);

    private final Parameter parameter;
    private final String label;
    private final Kind kind;
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ObservableList<String> choices = FXCollections.observableArrayList();

    ParameterField(Parameter parameter, String label) {
        this.parameter = parameter;
        this.label = label;
        this.kind = kindOf(parameter);
        if (parameter.defaultValue() != null) value.set(parameter.defaultValue().toString());
        if (kind == Kind.CHOICE) choices.setAll(parameter.type() == Charset.class ? ENCODINGS
                : ImportParameters.SRS.equals(parameter.key()) ? CRS : List.of(""));
    }

    static Kind kindOf(Parameter p) {
        if (COLUMN_KEYS.contains(p.key())) return Kind.COLUMN;
        if (p.type() == Boolean.class || p.type() == boolean.class) return Kind.FLAG;
        if (p.type() == Charset.class || ImportParameters.SRS.equals(p.key()) || ImportParameters.SHEET.equals(p.key())) return Kind.CHOICE;
        return Kind.TEXT;
    }

    public Parameter parameter() { return parameter; }

    public String key() { return parameter.key(); }

    public String label() { return label; }

    public String help() { return parameter.help() == null ? "" : parameter.help(); }

    public Kind kind() { return kind; }

    public boolean required() { return parameter.required(); }

    /** What the user typed or picked; empty = let the importer detect it. */
    public StringProperty valueProperty() { return value; }

    public String getValue() { return value.get(); }

    public void setValue(String v) { value.set(v == null ? "" : v); }

    /** Values offered in the drop-down (the empty first entry stands for "detect"). */
    public ObservableList<String> choices() { return choices; }
}
