package org.onemap.datasources.h2gis;

import java.nio.file.Path;
import java.util.Map;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.Parameter;
import org.onemap.datasources.params.DescribedProvider;
import org.onemap.datasources.params.ProviderParams;

/** Service entry of the embedded H2GIS workspace ({@code h2gis}), OneMap's default store. */
public final class H2gisWorkspaceProvider extends DescribedProvider {
    public static final String ID = "h2gis";

    public static final Parameter PATH = Parameter.required("path", Path.class,
            "workspace folder; the database is " + H2gisWorkspace.DB_FILE + " inside it");
    public static final Parameter USER = Parameter.optional("user", String.class, System.getProperty("user.name"),
            "who is editing: recorded in updated_by and the audit log");
    public static final Parameter READ_ONLY = Parameter.optional("readOnly", Boolean.class, Boolean.FALSE,
            "open without write access");
    public static final Parameter CREATE = Parameter.optional("create", Boolean.class, Boolean.TRUE,
            "create the folder and database when missing");

    public H2gisWorkspaceProvider() {
        super(ID, "H2GIS workspace (embedded)", PATH, USER, READ_ONLY, CREATE);
    }

    /** @return an {@link H2gisWorkspace} */
    @Override
    public DataSource open(Map<String, ?> params) {
        ProviderParams p = read(params);
        Path folder = p.path(PATH, "the workspace folder");
        return H2gisWorkspace.open(folder, p.text(USER), p.flag(READ_ONLY), p.flag(CREATE));
    }
}
