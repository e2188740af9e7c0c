package org.onemap.datasources.http;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.Parameter;
import org.onemap.datasources.params.DescribedProvider;
import org.onemap.datasources.params.ProviderParams;

/** Service entry of read-only web sources ({@code http}): a GeoJSON URL or an OGC API Features service. */
public final class HttpSourceProvider extends DescribedProvider {
    public static final String ID = "http";

    public static final Parameter URL = Parameter.required("url", String.class,
            "a GeoJSON URL or the landing page of an OGC API Features service");
    public static final Parameter LAYER = Parameter.optional("layer", String.class, null,
            "layer name of a plain GeoJSON URL (default: the file name)");
    public static final Parameter PAGE_SIZE = Parameter.optional("pageSize", Integer.class, 1000,
            "features asked per page (limit=) from an OGC API service");
    public static final Parameter TIMEOUT = Parameter.optional("timeoutSeconds", Integer.class, 30,
            "connect and read timeout per request");

    public HttpSourceProvider() {
        super(ID, "GeoJSON / OGC API Features (HTTP)", URL, LAYER, PAGE_SIZE, TIMEOUT);
    }

    /** @return an {@link HttpSource} */
    @Override
    public DataSource open(Map<String, ?> params) {
        ProviderParams p = read(params);
        Object url = p.required(URL, null);
        URI uri;
        try {
            uri = URI.create(url.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new DataSourceException("invalid url '" + url + "': " + e.getMessage(), e);
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new DataSourceException("the http data source needs an http:// or https:// url, got '" + url + "'");
        }
        return HttpSource.open(uri, p.text(LAYER), p.whole(PAGE_SIZE), Duration.ofSeconds(p.whole(TIMEOUT)));
    }
}
