package org.onemap.datasources.postgis;

import java.util.Map;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.Parameter;
import org.onemap.datasources.params.DescribedProvider;
import org.onemap.datasources.params.ProviderParams;

/**
 * Service entry of a shared PostGIS database ({@code postgis}). The password is a {@link Parameter#secret()}
 * parameter: it is held in memory for the open source only and never written anywhere by OneMap.
 */
public final class PostgisProvider extends DescribedProvider {
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

    public PostgisProvider() {
        super(ID, "PostGIS (shared server)", HOST, PORT, DATABASE, USER, PASSWORD, SCHEMA, EDITOR);
    }

    /** @return a {@link PostgisDatabase} */
    @Override
    public DataSource open(Map<String, ?> params) {
        ProviderParams p = read(params);
        int port = p.whole(PORT);
        String database = p.required(DATABASE, null).toString();
        char[] pw = p.secret(PASSWORD);
        String password = pw == null ? null : new String(pw);
        PostgisAddress address = new PostgisAddress(p.text(HOST), port, database, p.text(USER), password, p.text(SCHEMA));
        return PostgisDatabase.open(address, p.text(EDITOR));
    }
}
