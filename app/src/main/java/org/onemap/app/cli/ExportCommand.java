package org.onemap.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;
import org.onemap.dataimport.export.ExportResult;
import org.onemap.dataimport.export.LayerExporter;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code onemap export --layer NAME --out FILE [--bbox x1,y1,x2,y2]}: writes a layer (or the part of it
 * intersecting the box) to a shapefile, GeoJSON, xlsx or GeoPackage chosen by the file extension. An
 * unknown extension is a usage error (exit 2), an unknown layer exit 1; nothing is left at FILE on failure.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "export a layer to .shp (GBK DBF + .cpg + .prj), .geojson, .xlsx (with 经度/纬度) or .gpkg")
final class ExportCommand extends WorkspaceCommand {
    @Option(names = "--layer", required = true, paramLabel = "NAME", description = "layer name")
    String layer;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "output file: .shp .geojson .json .xlsx .gpkg")
    Path out;

    @Option(names = "--bbox", paramLabel = "x1,y1,x2,y2", description = "lon/lat box: only features intersecting it (default: whole layer)")
    String bbox;

    @Override
    public Integer call() {
        // validate before touching the workspace
        LayerExporter exporter = LayerExporter.forFile(out).orElseThrow(() -> new UsageException(
                "--out " + out + ": unknown format; use a file ending in .shp, .geojson, .json, .xlsx or .gpkg"));
        Envelope box = Bbox.parse(bbox);
        ExportResult result;
        try (H2gisWorkspace ws = workspace().openForReading()) {
            FeatureSource source = KnownLayer.require(ws, layer);
            result = exporter.export(source, box == null ? Query.ALL : Query.bbox(box), out);
        } catch (IOException e) {
            throw new CliException("export to " + out + " failed: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CliException("cannot export layer '" + layer + "' to " + out + ": " + e.getMessage(), e);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("exported " + result.features() + " features of " + layer + " to " + out);
        for (Map.Entry<String, String> e : result.fieldNames().entrySet()) {
            if (!e.getKey().equals(e.getValue())) o.println("  field " + e.getKey() + " -> " + e.getValue());
        }
        o.flush();
        return ExitCode.OK;
    }
}
