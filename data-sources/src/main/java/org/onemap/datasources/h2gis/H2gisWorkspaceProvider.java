package org.onemap.datasources.h2gis;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.DataSourceProvider;
import org.onemap.core.spi.Parameter;

/** Service entry of the embedded H2GIS workspace ({@code h2gis}), OneMap's default store. */
public final class H2gisWorkspaceProvider implements DataSourceProvider {
    public static final String ID = "h2gis";

    public static final Parameter PATH = Parameter.required("path", Path.class,
            "workspace folder; the database is " + H2gisWorkspace.DB_FILE + " inside it");
    public static final Parameter USER = Parameter.optional("user", String.class, System.getProperty("user.name"),
            "who is editing: recorded in updated_by and the audit log");
    public static final Parameter READ_ONLY = Parameter.optional("readOnly", Boolean.class, Boolean.FALSE,
            "open without write access");
    public static final Parameter CREATE = Parameter.optional("create", Boolean.class, Boolean.TRUE,
            "create the folder and database when missing");

    @Override
    public String id() { return ID; }

    @Override
    public String displayName() { return "H2GIS workspace (embedded)"; }

    @Override
    public List<Parameter> parameters() { return List.of(PATH, USER, READ_ONLY, CREATE); }

    /** @return an {@link H2gisWorkspace} */
    @Override
    public DataSource open(Map<String, ?> params) {
        Object path = params.get(PATH.key());
        if (path == null) throw new DataSourceException("the h2gis data source needs a 'path': the workspace folder");
        Path folder = path instanceof Path p ? p : Path.of(path.toString());
        Object user = params.get(USER.key());
        return H2gisWorkspace.open(folder, user == null ? (String) USER.defaultValue() : user.toString(),
                flag(params, READ_ONLY), flag(params, CREATE));
    }

    private static boolean flag(Map<String, ?> params, Parameter p) {
        Object v = params.get(p.key());
        if (v == null) return (Boolean) p.defaultValue();
        if (v instanceof Boolean b) return b;
        String s = v.toString().trim();
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) return Boolean.parseBoolean(s);
        throw new DataSourceException("parameter '" + p.key() + "' of the h2gis data source must be true or false, got '" + v + "'");
    }
}
