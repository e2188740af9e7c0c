package org.onemap.app.workspace;

import java.nio.file.Path;
import java.util.Optional;
import org.onemap.core.spi.DataSource;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/**
 * Where a workspace keeps its raster layers: GeoTIFFs in the {@value #FOLDER} folder beside
 * {@code workspace.mv.db}. {@code ./onemap generate --rasters --out <workspace>/rasters} writes the
 * synthetic DEM and NDVI there; the desktop lists whatever GeoTIFFs it finds.
 */
public final class WorkspaceRasters {
    public static final String FOLDER = "rasters";

    private WorkspaceRasters() {}

    /** The rasters folder of a folder workspace (it may not exist yet); empty for a server source. */
    public static Optional<Path> folder(DataSource workspace) {
        return workspace instanceof H2gisWorkspace w ? Optional.of(w.folder().resolve(FOLDER)) : Optional.empty();
    }
}
