package org.onemap.core.spi;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** Looks up the installed {@link DataSourceProvider}s. */
public final class DataSources {
    private DataSources() {}

    public static List<DataSourceProvider> providers() {
        return ServiceLoader.load(DataSourceProvider.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    public static DataSourceProvider provider(String id) {
        return providers().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new DataSourceException("no data source provider '" + id + "' installed"));
    }

    public static DataSource open(String providerId, Map<String, ?> params) {
        return provider(providerId).open(params);
    }
}
