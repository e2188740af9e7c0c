package org.onemap.app.cli;

import java.util.stream.Collectors;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureSource;

/** Resolves a layer name, failing with the list of layers the workspace does have. */
final class KnownLayer {
    private KnownLayer() {}

    static FeatureSource require(DataSource ds, String name) {
        if (!ds.hasLayer(name)) {
            String known = ds.layers().stream().map(l -> l.name()).collect(Collectors.joining(", "));
            throw new CliException("unknown layer '" + name + "' (the workspace has: " + known + ")");
        }
        return ds.layer(name);
    }
}
