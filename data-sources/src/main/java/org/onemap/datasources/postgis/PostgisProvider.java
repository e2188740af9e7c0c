package org.onemap.datasources.postgis;

import java.util.List;
import java.util.Map;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.DataSourceProvider;
import org.onemap.core.spi.Parameter;

/**
 * Service entry of a shared PostGIS database ({@code postgis}). The password is a {@link Parameter#secret()}
 * parameter: it is held in memory for the open source only and never written anywhere by OneMap.
 */
public final class PostgisProvider implements DataSourceProvider {
    public static final String ID = "postgis";

    public static final Parameter HOST = Parameter.optional("host", String.class, "127.0.0.1", "server name or address");
    public static final Parameter PORT = Parameter.optional("port", Integer.class, PostgisAddress.DEFAULT_PORT, "server port");
    public static final Parameter DATABASE = Parameter.required("database", String.class, "database name");
    public static final Parameter USER = Parameter.optional("user", String.class, "postgres", "database login");
    public static final Parameter PASSWORD = new Parameter("password", String.class, null, false, true,
            "database password (kept in memory only, never stored in plain text)");
    public static final Parameter SCHEMA = Parameter.optional("schema", String.class, "public", "schema holding the layers");
    public static final Parameter EDITOR = Parameter.optional("editor", String.class, System.getProperty("user.name"),
            "who is editing: recorded in updated_by and the change log");

    @Override
    public String id() { return ID; }

    @Override
    public String displayName() { return "PostGIS (shared server)"; }

    @Override
    public List<Parameter> parameters() { return List.of(HOST, PORT, DATABASE, USER, PASSWORD, SCHEMA, EDITOR); }

    /** @return a {@link PostgisDatabase} */
    @Override
    public DataSource open(Map<String, ?> params) {
        Object port = value(params, PORT);
        int p;
        try {
            p = port instanceof Number n ? n.intValue() : Integer.parseInt(port.toString().trim());
        } catch (NumberFormatException e) {
            throw new DataSourceException("parameter 'port' of the postgis data source must be a number, got '" + port + "'");
        }
        Object db = params.get(DATABASE.key());
        if (db == null) throw new DataSourceException("the postgis data source needs a 'database'");
        Object pw = params.get(PASSWORD.key());
        String password = pw instanceof char[] chars ? new String(chars) : pw == null ? null : pw.toString();
        PostgisAddress address = new PostgisAddress(value(params, HOST).toString(), p, db.toString(),
                value(params, USER).toString(), password, value(params, SCHEMA).toString());
        Object editor = value(params, EDITOR);
        return PostgisDatabase.open(address, editor == null ? null : editor.toString());
    }

    private static Object value(Map<String, ?> params, Parameter p) {
        Object v = params.get(p.key());
        return v == null ? p.defaultValue() : v;
    }
}
