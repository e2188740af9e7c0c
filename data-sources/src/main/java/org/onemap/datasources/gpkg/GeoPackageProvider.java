package org.onemap.datasources.gpkg;

import java.nio.file.Path;
import java.util.Map;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.Parameter;
import org.onemap.datasources.params.DescribedProvider;
import org.onemap.datasources.params.ProviderParams;

/** Service entry of GeoPackage files ({@code geopackage}): read/write exchange with other departments and QGIS. */
public final class GeoPackageProvider extends DescribedProvider {
    public static final String ID = "geopackage";

    public static final Parameter PATH = Parameter.required("path", Path.class, "the .gpkg file");
    public static final Parameter CREATE = Parameter.optional("create", Boolean.class, Boolean.FALSE,
            "create an empty GeoPackage when the file does not exist");
    public static final Parameter READ_ONLY = Parameter.optional("readOnly", Boolean.class, Boolean.FALSE,
            "open without write access");

    public GeoPackageProvider() {
        super(ID, "GeoPackage (.gpkg)", PATH, CREATE, READ_ONLY);
    }

    /** @return a {@link GeoPackage} */
    @Override
    public DataSource open(Map<String, ?> params) {
        ProviderParams p = read(params);
        return GeoPackage.open(p.path(PATH, "the .gpkg file"), p.flag(CREATE), p.flag(READ_ONLY));
    }
}
