package org.onemap.dataimport.shapefile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.onemap.core.feature.Feature;
import org.onemap.core.spi.Parameter;
import org.onemap.dataimport.ImportContext;
import org.onemap.dataimport.ImportException;
import org.onemap.dataimport.ImportParameters;
import org.onemap.dataimport.ImportSource;
import org.onemap.dataimport.Importer;
import org.onemap.dataimport.SourceRecord;
import org.onemap.dataimport.crs.SourceCrs;

/**
 * Imports ESRI shapefiles through the streaming {@link ShapefileReader}: encoding from {@code .cpg}, the
 * DBF code page or detection (overridable), CRS from the {@code .prj} (see {@link SourceCrs}). Checks the
 * parts belong together ({@code .dbf} records vs {@code .shx} entries) and that text decodes cleanly in the
 * chosen encoding (a wrong {@code .cpg} shows as undecodable bytes).
 */
public final class ShapefileImporter implements Importer {
    @Override
    public String id() { return "shapefile"; }

    @Override
    public String displayName() { return "ESRI Shapefile (.shp)"; }

    @Override
    public boolean canRead(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".shp");
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(ImportParameters.ENCODING_PARAM, ImportParameters.SRS_PARAM);
    }

    @Override
    public ImportSource open(Path file, Map<String, ?> params) throws IOException {
        ShapefileReader reader = ShapefileReader.open(file, ImportParameters.charset(params));
        try {
            String name = file.getFileName().toString();
            var shx = ShapefileFiles.find(file, "shx");
            if (shx.isPresent()) {
                long shxEntries = (Files.size(shx.get()) - 100) / 8;
                if (reader.recordCount() < shxEntries) {
                    throw new ImportException(name + ": the .dbf has " + reader.recordCount() + " records but the .shx indexes "
                            + shxEntries + " shapes: the files do not belong together or the .dbf was cut; nothing imported");
                }
            }
            SourceCrs.Choice crs = SourceCrs.choose(name, ImportParameters.string(params, ImportParameters.SRS),
                    reader.prj().orElse(null), reader.bounds());
            return new Source(reader, name, crs, shx.isPresent());
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static final class Source implements ImportSource {
        private final ShapefileReader reader;
        private final String name;
        private final SourceCrs.Choice crs;
        private final boolean hasShx;

        Source(ShapefileReader reader, String name, SourceCrs.Choice crs, boolean hasShx) {
            this.reader = reader;
            this.name = name;
            this.crs = crs;
            this.hasShx = hasShx;
        }

        @Override
        public List<String> description() {
            List<String> d = new ArrayList<>();
            d.add("encoding " + reader.charset());
            d.add("CRS " + crs);
            d.add(reader.recordCount() + " records, " + reader.shapeType());
            if (!hasShx) d.add("no .shx index: records read one after another");
            return d;
        }

        @Override
        public List<String> columns() {
            return reader.fields().stream().map(DbfField::name).toList();
        }

        @Override
        public java.util.Optional<org.onemap.core.feature.LayerSchema> declaredSchema() {
            return java.util.Optional.of(reader.schema("source"));
        }

        @Override
        public void read(ImportContext ctx, Consumer<SourceRecord> sink) throws IOException {
            if (!hasShx) ctx.report().warn("", 0, "", "", "the .shx index is missing", "records read in sequence from the .shp");
            boolean badTextReported = false;
            long total = reader.recordCount();
            Feature f;
            while ((f = reader.read()) != null) {
                ctx.progress().checkCancelled();
                long row = reader.recordNumber();
                Map<String, Object> attrs = f.attributes(); // already an unmodifiable copy: no second one per row
                for (Map.Entry<String, Object> e : attrs.entrySet()) {
                    if (e.getValue() instanceof String s && s.indexOf('\uFFFD') >= 0) {
                        // one line per row, not per cell: a wrong .cpg spoils every text cell
                        if (!badTextReported || ctx.report().problems().size() < 1000) {
                            ctx.report().error("", row, e.getKey(), s, "text is not valid " + reader.charset().charset().name()
                                    + " (" + reader.charset().evidence() + "): the encoding is wrong; try --encoding GBK or --encoding UTF-8");
                        }
                        badTextReported = true;
                        break;
                    }
                }
                sink.accept(new SourceRecord("", row, f.geometry(), crs.crs(), attrs));
                if ((row & 1023) == 0) ctx.progress().advance("read " + name, row, total);
            }
            ctx.progress().advance("read " + name, total, total);
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
