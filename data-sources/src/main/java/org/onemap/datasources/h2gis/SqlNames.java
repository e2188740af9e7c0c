package org.onemap.datasources.h2gis;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.onemap.core.spi.DataSourceException;

/**
 * Layer and field names as the workspace stores them. Users see and type lower-case names; H2 keeps
 * unquoted identifiers in upper case, so tables and columns are created as quoted upper-case names:
 * plain SQL such as {@code UPDATE parcel SET crop = …} finds them, and names that are SQL keywords
 * ({@code year}, {@code value}) still work in the store's own statements.
 */
final class SqlNames {
    private static final Pattern LAYER = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,62}");

    static final String ID = "id";
    static final String GEOM = "geom";
    static final String VERSION = "version";
    static final String UPDATED_AT = "updated_at";
    static final String UPDATED_BY = "updated_by";
    /** Columns every layer table has besides its fields; not listed in {@link org.onemap.core.feature.LayerSchema}. */
    static final Set<String> BOOKKEEPING = Set.of(ID, GEOM, VERSION, UPDATED_AT, UPDATED_BY);

    private SqlNames() {}

    static String checkLayer(String name) {
        if (name == null || !LAYER.matcher(name).matches()) {
            throw new DataSourceException("invalid layer name '" + name + "': use a lower-case letter followed by up to 62 "
                    + "lower-case letters, digits or '_' (e.g. parcel, village_2024)");
        }
        if (name.startsWith("onemap_")) {
            throw new DataSourceException("invalid layer name '" + name + "': names starting with onemap_ are reserved for the workspace");
        }
        return name;
    }

    /** Checks a field name and returns it in lower case (DBF field names often come in upper case). */
    static String checkField(String layer, String given) {
        if (given == null || !FIELD.matcher(given).matches()) {
            throw new DataSourceException("invalid field name '" + given + "' in layer " + layer + ": use a letter "
                    + "followed by up to 62 letters, digits or '_' (rename it on import)");
        }
        String name = given.toLowerCase(Locale.ROOT);
        if (BOOKKEEPING.contains(name)) {
            throw new DataSourceException("field name '" + name + "' in layer " + layer + " is reserved: every layer already has "
                    + String.join(", ", BOOKKEEPING.stream().sorted().toList()));
        }
        return name;
    }

    /** The quoted SQL identifier of a lower-case name: {@code crop} → {@code "CROP"}. */
    static String quote(String name) {
        return '"' + name.toUpperCase(Locale.ROOT).replace("\"", "\"\"") + '"';
    }

    /** The user-facing name of a stored identifier: {@code CROP} → {@code crop}. */
    static String display(String stored) {
        return stored.equals(stored.toUpperCase(Locale.ROOT)) ? stored.toLowerCase(Locale.ROOT) : stored;
    }
}
