package org.onemap.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.onemap.app.workspace.WorkspaceFileState;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.map.raster.RasterLayer;
import org.onemap.map.render.ComposedMap;
import org.onemap.map.render.MapComposer;
import org.onemap.map.render.MapDecorations;
import org.onemap.map.render.RenderCacheIndex;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.RenderLayers;
import org.onemap.map.render.Viewport;
import org.onemap.thematic.module.ThematicModule;
import org.onemap.thematic.module.ThematicModules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code onemap render --out F.png}: the app's renderer to a PNG, with legend, scale bar and north arrow;
 * with {@code --theme T} the thematic module's map (layers, overlays and thematic legends) instead; with
 * {@code --raster F} GeoTIFF layers beneath the vector layers (see {@link RasterRender}).
 *
 * <p>With {@code --layers}, when every named layer has a stored render cache known to be valid for the
 * workspace file as it is now ({@link RenderCacheIndex}, {@link WorkspaceFileState}), the database is
 * not opened at all: the render draws from the cache files (a read-only render of a big layer is then
 * dominated by drawing, not by opening H2).
 */
@Command(name = "render", mixinStandardHelpOptions = true, description = "render the map to a PNG")
final class RenderCommand extends WorkspaceCommand {
    @Option(names = "--out", required = true, paramLabel = "F.png", description = "output PNG")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1600x1000", description = "image size (default ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--bbox", paramLabel = "x1,y1,x2,y2", description = "lon/lat box (default: extent of the layers drawn)")
    String bbox;

    @Option(names = "--layers", paramLabel = "a,b", split = ",",
            description = "layers to draw (default: all); 'none' or '' draws no vector layer (with --raster: rasters only)")
    List<String> layers;

    @Option(names = "--raster", paramLabel = "FILE[:STYLE][@OPACITY]",
            description = "GeoTIFF drawn beneath the layers (repeatable, first lowest); STYLE: " + RasterSpec.STYLES
                    + " (bands from 1); default by bands: NDVI for a float band within -1..1, hillshade for int16,"
                    + " rgb=1,2,3 for 3+ bands; e.g. dem.tif:hillshade@0.6")
    List<String> rasters;

    @Option(names = "--title", paramLabel = "TEXT", description = "map title (default 湘潭市数字乡村一张图)")
    String title;

    @Option(names = "--theme", paramLabel = "T",
            description = "thematic map: overview, resources, environment, governance, ecommerce or industry")
    String theme;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "legend language (default ${DEFAULT-VALUE})")
    String lang;

    @Override
    public Integer call() throws Exception {
        int[] wh = parseSize(size);
        Envelope box = Bbox.parse(bbox);
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new UsageException("--out must name a .png file: " + out);
        }
        Path dir = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) throw new CliException("output folder does not exist: " + dir);
        Locale locale = Locale.forLanguageTag(lang);
        ThematicModule module = null;
        if (theme != null) {
            module = ThematicModules.byId(theme).orElseThrow(() -> new UsageException("unknown --theme '" + theme
                    + "' (expected one of: " + String.join(", ", ThematicModules.ids()) + ")"));
            if (layers != null) throw new UsageException("--theme and --layers cannot be combined: a theme chooses its layers");
            if (rasters != null) throw new UsageException("--theme and --raster cannot be combined yet");
        }
        List<RasterSpec> specs = new ArrayList<>();
        if (rasters != null) for (String r : rasters) specs.add(RasterSpec.parse(r));
        if (layers != null) layers = layers.stream().map(String::trim).filter(l -> !l.isEmpty() && !l.equals("none")).toList();
        if (layers != null && layers.isEmpty() && specs.isEmpty()) {
            throw new UsageException("--layers none draws no vector layer: give --raster FILE (or name layers)");
        }
        List<RasterLayer> rasterLayers = RasterRender.open(specs);   // a bad file fails before the workspace is opened
        CliTiming timing = CliTiming.start(spec.commandLine().getErr());
        Path folder = workspace().folder();
        String wsKey = folder.toString();
        // Taken before the database is opened: a write after this point changes the token (see WorkspaceFileState).
        String token = module == null ? WorkspaceFileState.token(folder) : null;
        // With --bbox only the stored blocks meeting the view (plus a stroke's reach) are loaded;
        // -Donemap.render.wholeCache=true loads whole caches (to measure what the window read saves)
        Envelope window = box == null || Boolean.getBoolean("onemap.render.wholeCache") ? null
                : Viewport.fit(box, wh[0], wh[1]).expandedBy(16).lonLatBounds();
        Optional<List<RenderLayer>> stored = layers == null || layers.isEmpty() ? Optional.empty()
                : RenderCacheIndex.layers(wsKey, token, layers, window);
        if (stored.isPresent()) {
            timing.step("stored render caches loaded (workspace not opened)");
            draw(stored.get(), box, rasterLayers, wh, locale, timing);
        } else {
            try (H2gisWorkspace ws = workspace().openForReading()) {
                timing.step("workspace opened");
                if (module != null) {
                    ThemeRender.write(module, ws, box, wh, title, locale, out);
                } else {
                    if (layers != null) for (String l : layers) KnownLayer.require(ws, l);
                    List<RenderLayer> rl = layers == null ? RenderLayers.of(ws) : RenderLayers.of(ws, layers);
                    timing.step("layers listed");
                    draw(rl, box, rasterLayers, wh, locale, timing);
                    if (layers != null) RenderCacheIndex.remember(wsKey, token, rl);
                }
            }
        }
        spec.commandLine().getOut().println("wrote " + out + " (" + wh[0] + "x" + wh[1] + ")");
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    private void draw(List<RenderLayer> rl, Envelope box, List<RasterLayer> rasterLayers, int[] wh, Locale locale,
                      CliTiming timing) throws java.io.IOException {
        Envelope view = box;
        if (view == null) {
            view = defaultView(rl);
            if (view == null && !rasterLayers.isEmpty()) view = RasterRender.extent(rasterLayers);
            if (view == null) throw new CliException("nothing to draw: the layers are empty");
            view = new Envelope(view);
            view.expandBy(view.getWidth() * 0.03, view.getHeight() * 0.03);
        }
        String t = title != null ? title : locale.getLanguage().equals("en") ? "Xiangtan Digital Village One Map" : "湘潭市数字乡村一张图";
        MapDecorations decorations = MapDecorations.standard().withTitle(t).withLocale(locale);
        if (rasterLayers.isEmpty()) {
            ComposedMap map = new MapComposer().compose(rl, Viewport.fit(view, wh[0], wh[1]), decorations);
            timing.step("drawn (layers + decorations)");
            MapComposer.writePng(map.image(), out);
            timing.step("PNG written");
        } else {
            RasterRender.write(rl, rasterLayers, view, wh, decorations, out);
            timing.step("drawn with rasters and written");
        }
    }

    /** The city (county layer) when it is drawn, else everything drawn: the river runs far beyond the city. */
    private static Envelope defaultView(List<RenderLayer> rl) {
        for (RenderLayer l : rl) {
            if (l.visible() && l.source().name().equals("county") && l.source().extent() != null) return l.source().extent();
        }
        return RenderLayers.extent(rl);
    }

    static int[] parseSize(String s) {
        String[] p = s.toLowerCase(Locale.ROOT).split("x");
        try {
            if (p.length != 2) throw new NumberFormatException();
            int[] wh = Arrays.stream(p).mapToInt(v -> Integer.parseInt(v.trim())).toArray();
            if (wh[0] < 16 || wh[1] < 16 || (long) wh[0] * wh[1] > 16384L * 16384L) {
                throw new UsageException("--size out of range (16..16384 px a side): " + s);
            }
            return wh;
        } catch (NumberFormatException e) {
            throw new UsageException("malformed --size '" + s + "': expected WxH, e.g. 1600x1000");
        }
    }
}
