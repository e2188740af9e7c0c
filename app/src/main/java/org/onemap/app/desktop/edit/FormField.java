package org.onemap.app.desktop.edit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.onemap.app.desktop.Messages;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;

/**
 * One input of an attribute form: the field's type, whether it is required, its domain (allowed
 * values, e.g. the crop list) and pattern, the text typed and the validation message for it (empty
 * when valid). Values are edited as text, so every control (text field, combo, date picker, check box)
 * binds the same way and validation runs without a toolkit.
 */
public final class FormField {
    private final FieldDef def;
    private final String label;
    private final List<String> domain;
    private final Pattern pattern;
    private final String patternMessage;
    private final Messages messages;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    FormField(FieldDef def, String label, List<String> domain, Pattern pattern, String patternMessage, Object initial, Messages messages) {
        this.def = def;
        this.label = label;
        this.domain = List.copyOf(domain);
        this.pattern = pattern;
        this.patternMessage = patternMessage;
        this.messages = messages;
        text.set(initial == null ? (def.type() == FieldType.BOOLEAN ? "false" : "") : String.valueOf(initial));
        text.addListener((o, was, now) -> validate());
        validate();
    }

    public String name() { return def.name(); }

    public String label() { return label; }

    public FieldType type() { return def.type(); }

    public boolean required() { return def.required(); }

    /** Allowed values; empty when any value of the type is accepted. */
    public List<String> domain() { return domain; }

    public StringProperty textProperty() { return text; }

    public String getText() { return text.get(); }

    public void setText(String t) { text.set(t == null ? "" : t); }

    /** The validation message in the UI language; empty when the value is acceptable. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public String getError() { return error.get(); }

    public boolean isValid() { return error.get().isEmpty(); }

    private void validate() {
        error.set(check(text.get() == null ? "" : text.get().trim()));
    }

    private String check(String t) {
        if (t.isEmpty()) return def.required() && def.type() != FieldType.BOOLEAN ? messages.format("edit.form.required", label) : "";
        try {
            parse(t);
        } catch (NumberFormatException e) {
            return messages.format(def.type() == FieldType.DOUBLE ? "edit.form.notNumber" : "edit.form.notInteger", label);
        } catch (DateTimeParseException e) {
            return messages.format("edit.form.notDate", label);
        }
        if (pattern != null && !pattern.matcher(t).matches()) return patternMessage;
        if (!domain.isEmpty() && !domain.contains(t)) return messages.format("edit.form.notInDomain", label, String.join("、", domain));
        return "";
    }

    /** The typed value as the field's Java type; null when empty. */
    public Object value() {
        String t = text.get() == null ? "" : text.get().trim();
        return t.isEmpty() ? null : parse(t);
    }

    private Object parse(String t) {
        return switch (def.type()) {
            case STRING -> t;
            case INTEGER -> Integer.valueOf(t);
            case LONG -> Long.valueOf(t);
            case DOUBLE -> new BigDecimal(t).doubleValue();
            case BOOLEAN -> Boolean.valueOf(t);
            case DATE -> LocalDate.parse(t);
            case TIMESTAMP -> Instant.parse(t);
        };
    }
}
