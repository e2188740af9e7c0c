package org.onemap.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.LayerInfo;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code onemap layers [--json]}: name, geometry type, count and lon/lat extent of every layer. */
@Command(name = "layers", mixinStandardHelpOptions = true, description = "list the workspace layers")
final class LayersCommand extends WorkspaceCommand {
    @Option(names = "--json", description = "print a JSON array of {name, geometryType, count, extent}")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<LayerInfo> layers;
        try (H2gisWorkspace ws = workspace().openForReading()) {
            layers = ws.layers();
        }
        var out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper m = new ObjectMapper();
            ArrayNode arr = m.createArrayNode();
            for (LayerInfo l : layers) {
                ObjectNode n = arr.addObject();
                n.put("name", l.name());
                n.put("geometryType", l.geometryType().ogcName());
                n.put("count", l.count());
                Envelope e = l.extent();
                if (e == null) n.putNull("extent");
                else n.putArray("extent").add(e.getMinX()).add(e.getMinY()).add(e.getMaxX()).add(e.getMaxY());
            }
            out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
        } else {
            out.printf("%-18s %-16s %10s  %s%n", "name", "geometryType", "count", "extent (lon/lat)");
            for (LayerInfo l : layers) {
                Envelope e = l.extent();
                String ext = e == null ? "-" : String.format(java.util.Locale.ROOT, "%.6f,%.6f,%.6f,%.6f",
                        e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
                out.printf("%-18s %-16s %10d  %s%n", l.name(), l.geometryType().ogcName(), l.count(), ext);
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
