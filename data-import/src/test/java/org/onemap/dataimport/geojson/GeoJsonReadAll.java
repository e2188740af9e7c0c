package org.onemap.dataimport.geojson;

import java.nio.file.Path;
import java.util.Map;
import org.onemap.dataimport.ImportContext;
import org.onemap.dataimport.ImportProgress;
import org.onemap.dataimport.ImportReport;
import org.onemap.dataimport.ImportSource;

/** Run in a forked JVM with a small heap by {@link GeoJsonStreamingTest}: reads every feature of a file, prints the count. */
public final class GeoJsonReadAll {
    private GeoJsonReadAll() {}

    public static void main(String[] args) throws Exception {
        long[] n = {0};
        try (ImportSource src = new GeoJsonImporter().open(Path.of(args[0]), Map.of())) {
            src.read(new ImportContext(null, new ImportReport("big.geojson"), ImportProgress.NONE), r -> n[0]++);
        }
        System.out.println("features=" + n[0]);
    }
}
