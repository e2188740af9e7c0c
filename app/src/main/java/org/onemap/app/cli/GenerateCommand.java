package org.onemap.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.onemap.core.feature.Feature;
import org.onemap.dataimport.survey.SurveyDatasetWriter;
import org.onemap.dataimport.survey.SurveyParcel;
import org.onemap.sample.raster.SyntheticRasters;
import org.onemap.sample.synthetic.SyntheticLayers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code onemap generate --parcels N --out DIR}: labelled synthetic survey data (GBK shapefile + xlsx)
 * from the same deterministic generator that seeds workspaces. Streams: a million parcels fit in a small heap.
 * With {@code --rasters} also (or, without {@code --parcels}, only) the labelled synthetic DEM and NDVI
 * GeoTIFFs, kept out of workspace seeding because they take seconds to make.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "write labelled synthetic survey parcels as a GBK shapefile and an xlsx")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--parcels", paramLabel = "N", description = "number of parcels (1..1200000); required unless --rasters")
    Integer parcels;

    @Option(names = "--rasters", description = "also write the labelled synthetic DEM and NDVI GeoTIFFs of the city"
            + " (" + SyntheticRasters.DEM_FILE + ", " + SyntheticRasters.NDVI_FILE + "; ~10 s); alone, only them")
    boolean rasters;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created if missing)")
    Path out;

    @Option(names = "--name", paramLabel = "BASE", defaultValue = "parcels", description = "base file name (default ${DEFAULT-VALUE})")
    String name;

    @Option(names = "--no-xlsx", description = "write the shapefile only (the xlsx dominates time at 1M rows)")
    boolean noXlsx;

    @Option(names = "--seed", paramLabel = "N", description = "generator seed (default ${DEFAULT-VALUE})", defaultValue = "430300")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (parcels == null && !rasters) throw new UsageException("give --parcels N, --rasters, or both");
        if (parcels != null && (parcels < 1 || parcels > SyntheticLayers.MAX_PARCELS)) {
            throw new UsageException("--parcels must be between 1 and " + SyntheticLayers.MAX_PARCELS + ": " + parcels);
        }
        if (!name.matches("[\\p{L}\\p{N}_.-]+")) throw new UsageException("--name must be a plain file name: " + name);
        if (Files.exists(out) && !Files.isDirectory(out)) throw new CliException(out + " exists and is not a folder");
        Files.createDirectories(out);
        var o = spec.commandLine().getOut();
        if (parcels != null) writeParcels(o);
        if (rasters) {
            // the NDVI follows the crops of the parcels generated with the same seed and count
            List<Path> files = new SyntheticRasters(seed, parcels != null ? parcels : SyntheticLayers.DEFAULT_PARCELS).writeAll(out);
            o.println("wrote generated rasters " + files);
            o.flush();
        }
        return ExitCode.OK;
    }

    private void writeParcels(java.io.PrintWriter o) throws IOException {
        boolean xlsx = !noXlsx && parcels <= org.onemap.dataimport.excel.XlsxTableWriter.MAX_ROWS;
        try (SurveyDatasetWriter w = SurveyDatasetWriter.open(out, name, xlsx)) {
            new SyntheticLayers(seed).forEachParcel(parcels, f -> write(w, f));
            w.commit();
            o.println("wrote " + w.count() + " generated parcels to " + w.files());
            if (!xlsx && !noXlsx) o.println("note: xlsx skipped: more rows than a sheet holds");
            o.flush();
        }
    }

    private static void write(SurveyDatasetWriter w, Feature f) {
        try {
            w.write(new SurveyParcel(str(f, "parcel_code"), str(f, "crop"), ((Number) f.get("area_mu")).doubleValue(),
                    str(f, "owner"), str(f, "village_code"), str(f, "county_code"), null, f.geometry()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String str(Feature f, String k) {
        Object v = f.get(k);
        return v == null ? null : v.toString();
    }
}
