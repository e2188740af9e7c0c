package org.onemap.dataimport.kml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.core.spi.Parameter;
import org.onemap.dataimport.ImportContext;
import org.onemap.dataimport.ImportException;
import org.onemap.dataimport.ImportParameters;
import org.onemap.dataimport.ImportSource;
import org.onemap.dataimport.Importer;
import org.onemap.dataimport.SourceRecord;

/**
 * Imports KML Placemarks (streamed with StAX): name, description, ExtendedData (Data and SchemaData), and
 * Point / LineString / Polygon / MultiGeometry in WGS84 lon/lat ({@code --srs GCJ-02} for exports of
 * Chinese web maps). Each Placemark is a row numbered from 1.
 */
public final class KmlImporter implements Importer {
    @Override
    public String id() { return "kml"; }

    @Override
    public String displayName() { return "KML (.kml)"; }

    @Override
    public boolean canRead(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".kml");
    }

    @Override
    public List<Parameter> parameters() { return List.of(ImportParameters.SRS_PARAM); }

    @Override
    public ImportSource open(Path file, Map<String, ?> params) {
        String srs = ImportParameters.string(params, ImportParameters.SRS);
        if (srs != null && !CrsRegistry.isSupported(srs)) throw new ImportException("--srs " + srs + ": unknown CRS (expected EPSG:n or GCJ-02)");
        return new Source(file, srs == null ? CrsRegistry.WGS84 : CrsRegistry.canonical(srs));
    }

    private static final class Source implements ImportSource {
        private final Path file;
        private final String crs;
        private final LinkedHashSet<String> columns = new LinkedHashSet<>(List.of("name", "description"));
        private final GeometryFactory gf = new GeometryFactory();

        Source(Path file, String crs) {
            this.file = file;
            this.crs = crs;
        }

        @Override
        public List<String> description() { return List.of("CRS " + crs + (crs.equals(CrsRegistry.WGS84) ? " (KML is WGS84)" : " (given with --srs)")); }

        @Override
        public List<String> columns() { return new ArrayList<>(columns); }

        @Override
        public void read(ImportContext ctx, Consumer<SourceRecord> sink) throws IOException {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
            try (InputStream in = Files.newInputStream(file)) {
                XMLStreamReader x = f.createXMLStreamReader(in);
                long row = 0;
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && local(x).equals("Placemark")) {
                        row++;
                        ctx.progress().checkCancelled();
                        Map<String, Object> attrs = new LinkedHashMap<>();
                        List<Geometry> parts = new ArrayList<>();
                        try {
                            placemark(x, attrs, parts);
                        } catch (IllegalArgumentException e) {
                            ctx.report().error("", row, "coordinates", "", e.getMessage());
                            continue;
                        }
                        columns.addAll(attrs.keySet());
                        Geometry g = parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : gf.buildGeometry(parts);
                        sink.accept(new SourceRecord("", row, g, crs, attrs));
                    }
                }
            } catch (XMLStreamException e) {
                int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
                throw new IOException(file.getFileName() + (line > 0 ? ":" + line : "") + ": not valid KML (" + e.getMessage() + ")", e);
            }
        }

        /** Reads up to the Placemark's end tag. */
        private void placemark(XMLStreamReader x, Map<String, Object> attrs, List<Geometry> parts) throws XMLStreamException {
            int depth = 1;
            List<LinearRing> rings = new ArrayList<>();
            String ringKind = null;
            String dataName = null;
            while (depth > 0 && x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String n = local(x);
                    switch (n) {
                        case "name", "description" -> {
                            if (depth == 2) {
                                attrs.put(n, x.getElementText().trim());
                                depth--;
                            }
                        }
                        case "Data" -> dataName = x.getAttributeValue(null, "name");
                        case "SimpleData" -> {
                            attrs.put(x.getAttributeValue(null, "name"), x.getElementText().trim());
                            depth--;
                        }
                        case "value" -> {
                            if (dataName != null) attrs.put(dataName, x.getElementText().trim());
                            depth--;
                        }
                        case "outerBoundaryIs", "innerBoundaryIs" -> ringKind = n;
                        case "Polygon" -> rings.clear();
                        case "coordinates" -> {
                            Coordinate[] cs = coordinates(x.getElementText());
                            depth--;
                            if (ringKind != null) rings.add(gf.createLinearRing(closed(cs)));
                            else parts.add(cs.length == 1 ? gf.createPoint(cs[0]) : gf.createLineString(cs));
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    String n = local(x);
                    if (n.equals("outerBoundaryIs") || n.equals("innerBoundaryIs")) ringKind = null;
                    if (n.equals("Polygon") && !rings.isEmpty()) {
                        parts.add(gf.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(new LinearRing[0])));
                        rings.clear();
                    }
                }
            }
        }

        private static Coordinate[] closed(Coordinate[] cs) {
            if (cs.length > 0 && !cs[0].equals2D(cs[cs.length - 1])) {
                Coordinate[] c = java.util.Arrays.copyOf(cs, cs.length + 1);
                c[cs.length] = cs[0].copy();
                cs = c;
            }
            if (cs.length < 4) throw new IllegalArgumentException("polygon ring with fewer than 4 positions");
            return cs;
        }

        private static Coordinate[] coordinates(String text) {
            List<Coordinate> out = new ArrayList<>();
            for (String tuple : text.trim().split("\\s+")) {
                if (tuple.isEmpty()) continue;
                String[] p = tuple.split(",");
                try {
                    out.add(new Coordinate(Double.parseDouble(p[0]), Double.parseDouble(p[1])));
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new IllegalArgumentException("bad KML coordinate '" + tuple + "' (expected lon,lat[,alt])");
                }
            }
            if (out.isEmpty()) throw new IllegalArgumentException("empty <coordinates>");
            return out.toArray(new Coordinate[0]);
        }

        private static String local(XMLStreamReader x) {
            String n = x.getLocalName();
            int colon = n.indexOf(':');
            return colon >= 0 ? n.substring(colon + 1) : n;
        }

        @Override
        public void close() { }
    }
}
