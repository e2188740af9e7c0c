package org.onemap.dataimport.shapefile;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Names of a shapefile's sidecar files: {@code parcels.shp} → {@code parcels.dbf}, {@code parcels.cpg} … */
final class ShapefileFiles {
    private ShapefileFiles() {}

    /** The base name without the {@code .shp} extension (any case). */
    static String baseName(Path shp) {
        String n = shp.getFileName().toString();
        return n.toLowerCase(Locale.ROOT).endsWith(".shp") ? n.substring(0, n.length() - 4) : n;
    }

    static Path sibling(Path shp, String ext) {
        return shp.resolveSibling(baseName(shp) + "." + ext);
    }

    /** The existing sidecar with extension {@code ext} in any letter case ({@code .DBF} from Windows tools). */
    static Optional<Path> find(Path shp, String ext) throws IOException {
        Path exact = sibling(shp, ext);
        if (Files.exists(exact)) return Optional.of(exact);
        Path upper = sibling(shp, ext.toUpperCase(Locale.ROOT));
        if (Files.exists(upper)) return Optional.of(upper);
        Path dir = shp.toAbsolutePath().getParent();
        String wanted = (baseName(shp) + "." + ext).toLowerCase(Locale.ROOT);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (p.getFileName().toString().toLowerCase(Locale.ROOT).equals(wanted)) return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
