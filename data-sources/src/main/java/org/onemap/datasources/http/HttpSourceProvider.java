package org.onemap.datasources.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.DataSourceProvider;
import org.onemap.core.spi.Parameter;

/** Service entry of read-only web sources ({@code http}): a GeoJSON URL or an OGC API Features service. */
public final class HttpSourceProvider implements DataSourceProvider {
    public static final String ID = "http";

    public static final Parameter URL = Parameter.required("url", String.class,
            "a GeoJSON URL or the landing page of an OGC API Features service");
    public static final Parameter LAYER = Parameter.optional("layer", String.class, null,
            "layer name of a plain GeoJSON URL (default: the file name)");
    public static final Parameter PAGE_SIZE = Parameter.optional("pageSize", Integer.class, 1000,
            "features asked per page (limit=) from an OGC API service");
    public static final Parameter TIMEOUT = Parameter.optional("timeoutSeconds", Integer.class, 30,
            "connect and read timeout per request");

    @Override
    public String id() { return ID; }

    @Override
    public String displayName() { return "GeoJSON / OGC API Features (HTTP)"; }

    @Override
    public List<Parameter> parameters() { return List.of(URL, LAYER, PAGE_SIZE, TIMEOUT); }

    /** @return an {@link HttpSource} */
    @Override
    public DataSource open(Map<String, ?> params) {
        Object url = params.get(URL.key());
        if (url == null) throw new DataSourceException("the http data source needs a 'url'");
        URI uri;
        try {
            uri = URI.create(url.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new DataSourceException("invalid url '" + url + "': " + e.getMessage(), e);
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new DataSourceException("the http data source needs an http:// or https:// url, got '" + url + "'");
        }
        Object layer = params.get(LAYER.key());
        return HttpSource.open(uri, layer == null ? null : layer.toString(), integer(params, PAGE_SIZE),
                Duration.ofSeconds(integer(params, TIMEOUT)));
    }

    private static int integer(Map<String, ?> params, Parameter p) {
        Object v = params.get(p.key());
        if (v == null) return (Integer) p.defaultValue();
        if (v instanceof Number n) return n.intValue();
        try {
            return Integer.parseInt(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new DataSourceException("parameter '" + p.key() + "' of the http data source must be a whole number, got '" + v + "'");
        }
    }
}
