package org.onemap.app.desktop.params;

import java.nio.charset.Charset;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onemap.core.spi.Parameter;

/**
 * One editable provider parameter, generated from its {@link Parameter} metadata so one form serves
 * every importer and every data source (the import wizard, the connection dialog). The label comes
 * from the caller's bundle, the tooltip from the parameter's help, the editor from the {@link Kind}:
 * a secret is masked, a number is checked, a charset offers the usual encodings. Values are text as
 * typed; {@link #typedValue()} converts them to the parameter's type.
 */
public final class ParameterField {
    /** How the view edits the value. */
    public enum Kind {
        /** Free text with suggestions (encoding, CRS, sheet). */
        CHOICE,
        /** One of the source columns (or none): the import wizard's column mapping. */
        COLUMN,
        /** A yes/no switch. */
        FLAG,
        /** Free text. */
        TEXT,
        /** A whole number (port, timeout …). */
        NUMBER,
        /** A password or token: masked, never shown back, never stored in plain text. */
        SECRET
    }

    /** What is wrong with a value, for the form's message. */
    public enum Problem {
        /** A required parameter is empty. */
        MISSING,
        /** A number parameter holds something else. */
        NOT_A_NUMBER
    }

    /** Encodings offered for a charset parameter; the empty first entry stands for "detect". */
    public static final List<String> ENCODINGS = List.of("", "UTF-8", "GBK", "GB18030", "Big5", "UTF-16");

    private final Parameter parameter;
    private final String label;
    private final Kind kind;
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ObservableList<String> choices = FXCollections.observableArrayList();

    /** A field whose editor the caller chooses ({@code choices} fill a CHOICE or COLUMN drop-down). */
    public ParameterField(Parameter parameter, String label, Kind kind, List<String> choices) {
        this.parameter = parameter;
        this.label = label;
        this.kind = kind;
        // a secret's default is never shown: defaults live in code, secrets only in the secret store
        if (parameter.defaultValue() != null && kind != Kind.SECRET) value.set(parameter.defaultValue().toString());
        this.choices.setAll(choices);
    }

    /** A field with the editor its metadata implies: secret, yes/no, number, encoding or text. */
    public static ParameterField of(Parameter parameter, String label) {
        Kind kind = kindOf(parameter);
        return new ParameterField(parameter, label, kind, kind == Kind.CHOICE ? ENCODINGS : List.of());
    }

    static Kind kindOf(Parameter p) {
        if (p.secret()) return Kind.SECRET;
        Class<?> t = p.type();
        if (t == Boolean.class || t == boolean.class) return Kind.FLAG;
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) return Kind.NUMBER;
        if (t == Charset.class) return Kind.CHOICE;
        return Kind.TEXT;
    }

    public Parameter parameter() { return parameter; }

    public String key() { return parameter.key(); }

    public String label() { return label; }

    public String help() { return parameter.help() == null ? "" : parameter.help(); }

    public Kind kind() { return kind; }

    public boolean required() { return parameter.required(); }

    public boolean secret() { return kind == Kind.SECRET; }

    /** What the user typed or picked; empty = the provider's default (or "detect"). */
    public StringProperty valueProperty() { return value; }

    public String getValue() { return value.get(); }

    public void setValue(String v) { value.set(v == null ? "" : v); }

    /** Values offered in the drop-down (the empty first entry stands for "detect"). */
    public ObservableList<String> choices() { return choices; }

    /** What is wrong with the value now, null when it is acceptable. */
    public Problem problem() {
        String v = getValue().trim();
        if (v.isEmpty()) return required() ? Problem.MISSING : null;
        if (kind == Kind.NUMBER) {
            try {
                Long.parseLong(v);
            } catch (NumberFormatException e) {
                return Problem.NOT_A_NUMBER;
            }
        }
        return null;
    }

    /**
     * The value converted to the parameter's type (Integer, Long, Boolean, else the text); null when empty,
     * so the provider applies its default. Call after {@link #problem()} said the value is acceptable.
     */
    public Object typedValue() {
        String v = kind == Kind.SECRET ? getValue() : getValue().trim();
        if (v.isEmpty()) return null;
        Class<?> t = parameter.type();
        if (t == Integer.class || t == int.class) return Integer.valueOf(v);
        if (t == Long.class || t == long.class) return Long.valueOf(v);
        if (t == Boolean.class || t == boolean.class) return Boolean.valueOf(v);
        return v;
    }
}
