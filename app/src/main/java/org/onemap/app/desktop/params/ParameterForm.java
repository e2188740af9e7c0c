package org.onemap.app.desktop.params;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/**
 * The view of a list of {@link ParameterField}s: a label and an editor per field, the editor chosen by
 * the field's kind (drop-down, switch, masked password box, text box). Used by the import wizard and
 * the connection dialog, so both forms come from the same metadata the same way.
 */
public final class ParameterForm {
    private ParameterForm() {}

    /**
     * A two-column grid of {@code fields}; editor ids are {@code idPrefix + key}. {@code emptyChoice} is how
     * a drop-down shows the empty value (e.g. 自动检测).
     */
    public static GridPane grid(List<ParameterField> fields, String idPrefix, String emptyChoice) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int row = 0;
        for (ParameterField f : fields) {
            Node editor = editor(f, emptyChoice);
            editor.setId(idPrefix + f.key());
            Label label = new Label(f.label() + (f.required() ? " *" : ""));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (!f.help().isEmpty()) {
                Tooltip.install(label, new Tooltip(f.help()));
                Tooltip.install(editor, new Tooltip(f.help()));
            }
            g.addRow(row++, label, editor);
        }
        return g;
    }

    private static Node editor(ParameterField f, String emptyChoice) {
        return switch (f.kind()) {
            case CHOICE, COLUMN -> {
                ComboBox<String> box = new ComboBox<>(f.choices());
                box.setEditable(f.kind() == ParameterField.Kind.CHOICE);
                box.setConverter(emptyAs(emptyChoice));
                box.valueProperty().bindBidirectional(f.valueProperty());
                box.setPrefWidth(260);
                yield box;
            }
            case FLAG -> {
                CheckBox box = new CheckBox();
                box.setSelected(Boolean.parseBoolean(f.getValue()));
                box.selectedProperty().addListener((o, was, now) -> f.setValue(now.toString()));
                yield box;
            }
            case SECRET -> {
                PasswordField t = new PasswordField();
                t.textProperty().bindBidirectional(f.valueProperty());
                t.setPrefWidth(260);
                yield t;
            }
            case TEXT, NUMBER -> {
                TextField t = new TextField();
                t.textProperty().bindBidirectional(f.valueProperty());
                t.setPrefWidth(260);
                yield t;
            }
        };
    }

    private static StringConverter<String> emptyAs(String shown) {
        return new StringConverter<>() {
            @Override
            public String toString(String s) { return s == null || s.isEmpty() ? shown : s; }

            @Override
            public String fromString(String s) { return s == null || s.equals(shown) ? "" : s.trim(); }
        };
    }
}
