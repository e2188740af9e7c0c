package org.onemap.app.desktop.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.Observable;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.identify.FieldLabels;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.LayerSchema;

/**
 * View-model of the attribute form of one feature, generated from the layer schema: one
 * {@link FormField} per schema field, valid when every field is. The dialog binds its OK button to
 * {@link #validProperty()}; {@link #attributes()} gives the typed values to store.
 */
public final class AttributeFormModel {
    private final String title;
    private final List<FormField> fields = new ArrayList<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final Map<String, Object> hidden = new LinkedHashMap<>();

    public AttributeFormModel(String title, LayerSchema schema, Map<String, ?> initial, FieldDomains domains, Messages messages) {
        this.title = title;
        FieldLabels labels = new FieldLabels(messages);
        for (FieldDef def : schema.fields()) {
            String patternMessage = domains.pattern(def.name()) == null ? null
                    : messages.getOr("edit.form.pattern." + def.name(), messages.format("edit.form.pattern", labels.label(def.name())));
            fields.add(new FormField(def, labels.label(def.name()), domains.domain(def.name()), domains.pattern(def.name()),
                    patternMessage, initial.get(def.name()), messages));
        }
        // attributes outside the schema travel unchanged
        initial.forEach((k, v) -> { if (schema.field(k).isEmpty()) hidden.put(k, v); });
        BooleanBinding all = Bindings.createBooleanBinding(() -> fields.stream().allMatch(FormField::isValid),
                fields.stream().map(FormField::errorProperty).toArray(Observable[]::new));
        valid.bind(all);
    }

    public String title() { return title; }

    public List<FormField> fields() { return List.copyOf(fields); }

    public FormField field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + name + " in the form"));
    }

    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }

    public boolean isValid() { return valid.get(); }

    /** The first validation message, for a status line; empty when valid. */
    public String firstError() {
        return fields.stream().map(FormField::getError).filter(e -> !e.isEmpty()).findFirst().orElse("");
    }

    /** Typed values by field name (empty fields as null); only meaningful when valid. */
    public Map<String, Object> attributes() {
        Map<String, Object> out = new LinkedHashMap<>(hidden);
        for (FormField f : fields) out.put(f.name(), f.value());
        return out;
    }
}
