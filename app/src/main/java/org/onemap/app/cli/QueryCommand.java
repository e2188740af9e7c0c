package org.onemap.app.cli;

import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Query;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code onemap query --layer NAME --bbox x1,y1,x2,y2}: prints how many features intersect the box. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "count the features of a layer intersecting a bbox")
final class QueryCommand extends WorkspaceCommand {
    @Option(names = "--layer", required = true, paramLabel = "NAME", description = "layer name")
    String layer;

    @Option(names = "--bbox", paramLabel = "x1,y1,x2,y2", description = "lon/lat box (default: whole layer)")
    String bbox;

    @Override
    public Integer call() {
        Envelope box = Bbox.parse(bbox); // validate before touching the workspace
        long n;
        try (H2gisWorkspace ws = workspace().openForReading()) {
            n = KnownLayer.require(ws, layer).count(box == null ? Query.ALL : Query.bbox(box));
        }
        spec.commandLine().getOut().println(n);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
