package org.onemap.dataimport.crs;

import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.core.crs.GaussKruger;
import org.onemap.dataimport.ImportException;

/**
 * Decides the source CRS of a file: the user's {@code --srs} wins; else the {@code .prj}/embedded CRS when
 * recognised; else a guess from the coordinates when they can only be one thing (lon/lat in China, or
 * Gauss-Kruger eastings with a zone prefix), reported as a guess; else a clear error asking for {@code --srs}.
 */
public final class SourceCrs {
    /** The chosen CRS id and how it was chosen, for the preview and the report. */
    public record Choice(String crs, String evidence) {
        @Override
        public String toString() { return crs + " (" + evidence + ")"; }
    }

    private SourceCrs() {}

    /**
     * @param file     file name for messages
     * @param srs      the user's choice or null
     * @param declared raw CRS text (WKT) found in the file or null
     * @param bounds   coordinate extent, or null when unknown
     */
    public static Choice choose(String file, String srs, String declared, Envelope bounds) {
        if (srs != null) {
            try {
                return new Choice(CrsRegistry.canonical(srs), "given with --srs");
            } catch (IllegalArgumentException e) {
                throw new ImportException("--srs " + srs + ": " + e.getMessage());
            }
        }
        if (declared != null && !declared.isBlank()) {
            Optional<String> id = PrjCrs.epsg(declared);
            if (id.isPresent()) return new Choice(id.get(), "from the .prj");
            String shortWkt = declared.length() > 80 ? declared.substring(0, 80) + "…" : declared;
            throw new ImportException(file + ": the .prj describes a CRS OneMap does not recognise (" + shortWkt
                    + "): give the source CRS with --srs EPSG:n (or --srs GCJ-02)");
        }
        if (bounds != null && !bounds.isNull()) {
            if (bounds.getMinX() >= 73 && bounds.getMaxX() <= 136 && bounds.getMinY() >= 3 && bounds.getMaxY() <= 54) {
                return new Choice(CrsRegistry.WGS84, "no .prj: coordinates look like lon/lat, taken as WGS84 "
                        + "(use --srs GCJ-02 if they come from Amap/Tencent maps)");
            }
            int zone = GaussKruger.zoneOfPrefixedEasting(bounds.getMinX());
            if (zone > 0 && zone == GaussKruger.zoneOfPrefixedEasting(bounds.getMaxX())) {
                return new Choice(GaussKruger.epsgForPrefixedEasting(bounds.getMinX()),
                        "no .prj: eastings carry Gauss-Kruger zone prefix " + zone + ", taken as CGCS2000");
            }
        }
        throw new ImportException(file + ": no CRS information and the coordinates do not tell: give the source CRS with "
                + "--srs EPSG:n (e.g. EPSG:4547 for CGCS2000 Gauss-Kruger CM 114E, or GCJ-02)");
    }
}
