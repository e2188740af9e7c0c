package org.onemap.app.desktop.edit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.LayerSchema;

/**
 * Allowed values and patterns of a layer's fields. A text field with only a few distinct values in
 * the layer (crop, land type …) becomes a list to pick from; identifiers (codes, names, owners) stay
 * free text. The parcel code has its fixed pattern {@code ^\d{6}-\d{3}-\d{5}$} (county-group-serial).
 */
public final class FieldDomains {
    /** The parcel-code pattern of DESIGN.md, e.g. 430321-012-00345. */
    public static final Pattern PARCEL_CODE = Pattern.compile("^\\d{6}-\\d{3}-\\d{5}$");
    /** At most this many distinct values make a field a pick list. */
    static final int MAX_DOMAIN = 12;

    private final Map<String, List<String>> domains;

    private FieldDomains(Map<String, List<String>> domains) { this.domains = domains; }

    /** Domains read from {@code features} (the features being edited). */
    public static FieldDomains of(LayerSchema schema, Collection<Feature> features) {
        Map<String, List<String>> out = new HashMap<>();
        for (FieldDef f : schema.fields()) {
            if (f.type() != FieldType.STRING || isIdentifier(f.name())) continue;
            TreeSet<String> values = new TreeSet<>();
            for (Feature feature : features) {
                Object v = feature.get(f.name());
                if (v != null && !v.toString().isBlank()) values.add(v.toString());
                if (values.size() > MAX_DOMAIN) break;
            }
            if (!values.isEmpty() && values.size() <= MAX_DOMAIN) out.put(f.name(), List.copyOf(values));
        }
        return new FieldDomains(out);
    }

    private static boolean isIdentifier(String field) {
        String n = field.toLowerCase(Locale.ROOT);
        return n.equals("id") || n.endsWith("code") || n.endsWith("name") || n.equals("owner") || n.endsWith("_id");
    }

    /** Allowed values of {@code field}; empty when free. */
    public List<String> domain(String field) { return domains.getOrDefault(field, List.of()); }

    /** The pattern {@code field} must match, or null. */
    public Pattern pattern(String field) {
        return "parcel_code".equalsIgnoreCase(field) ? PARCEL_CODE : null;
    }
}
