package org.onemap.datasources.gpkg;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.DataSourceProvider;
import org.onemap.core.spi.Parameter;

/** Service entry of GeoPackage files ({@code geopackage}): read/write exchange with other departments and QGIS. */
public final class GeoPackageProvider implements DataSourceProvider {
    public static final String ID = "geopackage";

    public static final Parameter PATH = Parameter.required("path", Path.class, "the .gpkg file");
    public static final Parameter CREATE = Parameter.optional("create", Boolean.class, Boolean.FALSE,
            "create an empty GeoPackage when the file does not exist");
    public static final Parameter READ_ONLY = Parameter.optional("readOnly", Boolean.class, Boolean.FALSE,
            "open without write access");

    @Override
    public String id() { return ID; }

    @Override
    public String displayName() { return "GeoPackage (.gpkg)"; }

    @Override
    public List<Parameter> parameters() { return List.of(PATH, CREATE, READ_ONLY); }

    /** @return a {@link GeoPackage} */
    @Override
    public DataSource open(Map<String, ?> params) {
        Object path = params.get(PATH.key());
        if (path == null) throw new DataSourceException("the geopackage data source needs a 'path': the .gpkg file");
        Path file = path instanceof Path p ? p : Path.of(path.toString());
        return GeoPackage.open(file, flag(params, CREATE), flag(params, READ_ONLY));
    }

    private static boolean flag(Map<String, ?> params, Parameter p) {
        Object v = params.get(p.key());
        if (v == null) return (Boolean) p.defaultValue();
        if (v instanceof Boolean b) return b;
        String s = v.toString().trim();
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) return Boolean.parseBoolean(s);
        throw new DataSourceException("parameter '" + p.key() + "' of the geopackage data source must be true or false, got '" + v + "'");
    }
}
