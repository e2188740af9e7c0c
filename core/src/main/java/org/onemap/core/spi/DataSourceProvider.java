package org.onemap.core.spi;

import java.util.List;
import java.util.Map;

/**
 * Service-provider entry of a kind of data source, found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.onemap.core.spi.DataSourceProvider}). A new store is a new class and
 * a services line; nothing else changes.
 */
public interface DataSourceProvider {
    /** Stable id used in workspace.json and on the command line, e.g. {@code h2gis}, {@code postgis}. */
    String id();

    /** Name shown to users. */
    String displayName();

    /** Parameters {@link #open} understands, for generated dialogs. */
    List<Parameter> parameters();

    /** Opens the source; throws {@link DataSourceException} with a user-facing message on failure. */
    DataSource open(Map<String, ?> params);
}
