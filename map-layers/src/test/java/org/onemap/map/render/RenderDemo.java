package org.onemap.map.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.FeatureStore;

/**
 * Renders demonstration maps of a made-up Xiangtan-like county (synthetic shapes with real place
 * names) to PNG, to judge the cartography by eye: {@code RenderDemo [outDir]}.
 */
public final class RenderDemo {
    static final Envelope REGION = new Envelope(112.40, 113.10, 27.45, 28.05);
    private static final GeometryFactory GF = new GeometryFactory();
    private static final String[] TOWNS = {"易俗河镇", "谭家山镇", "中路铺镇", "茶恩寺镇", "河口镇", "射埠镇", "花石镇",
        "青山桥镇", "石鼓镇", "云湖桥镇", "石潭镇", "杨嘉桥镇", "乌石镇", "白石镇", "分水乡", "排头乡", "姜畲镇", "鹤岭镇"};
    private static final String[] SYLLABLES = {"梅", "林", "桥", "塘", "湾", "山", "冲", "坪", "田", "石", "柳", "枫",
        "竹", "荷", "新", "龙", "凤", "金", "银", "黄"};
    private static final String[] CROPS = {"水稻", "水稻", "水稻", "湘莲", "蔬菜", "油菜", "茶叶", "柑橘", "玉米"};

    private RenderDemo() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/demo");
        for (Path p : render(dir)) System.out.println(p.toAbsolutePath());
    }

    /** Writes the overview, a zoomed-in view and an English overview; returns the files. */
    static List<Path> render(Path dir) throws IOException {
        MemoryDataSource ds = demoData();
        List<RenderLayer> layers = RenderLayers.of(ds);
        MapComposer composer = new MapComposer();
        MapDecorations deco = MapDecorations.standard().withTitle("湘潭县 · 数字乡村一张图（演示）")
                .withAttribution("演示数据 · OneMap");
        Path overview = dir.resolve("render-demo.png");
        composer.writePng(layers, REGION, 1600, 1200, deco, overview);
        Path zoom = dir.resolve("render-demo-zoom.png");
        Envelope near = new Envelope(112.76, 112.86, 27.66, 27.74);
        composer.writePng(layers, near, 1200, 900, deco.withTitle("易俗河镇周边（演示）"), zoom);
        Path english = dir.resolve("render-demo-en.png");
        composer.writePng(layers, REGION, 1000, 800, MapDecorations.standard().withLocale(java.util.Locale.ENGLISH)
                .withTitle("Xiangtan County (demo)"), english);
        Path tiles = dir.resolve("render-demo-tiles.png");
        MapComposer.writePng(tileMosaic(layers, 12, 3330, 1716, 4, 3), tiles);
        return List.of(overview, zoom, english, tiles);
    }

    /** Tiles rendered one by one and stitched, with a faint grid, to check that features and labels join up. */
    static java.awt.image.BufferedImage tileMosaic(List<RenderLayer> layers, int z, long x0, long y0, int cols, int rows) {
        var out = new java.awt.image.BufferedImage(cols * 256, rows * 256, java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
        var g = out.createGraphics();
        try (var tiles = new org.onemap.map.tiles.VectorTileRenderer(layers, 1)) {
            for (int i = 0; i < cols; i++) {
                for (int j = 0; j < rows; j++) {
                    g.drawImage(tiles.tile(z, x0 + i, y0 + j).join(), i * 256, j * 256, null);
                    g.setColor(new java.awt.Color(255, 0, 0, 60));
                    g.drawRect(i * 256, j * 256, 256, 256);
                }
            }
        }
        g.dispose();
        return out;
    }

    static MemoryDataSource demoData() {
        Random rnd = new Random(42);
        MemoryDataSource ds = new MemoryDataSource();
        Polygon region = wobblyBox(REGION, rnd);
        FeatureStore county = TestMaps.layer(ds, "county", GeometryKind.MULTIPOLYGON, "name");
        Geometry west = region.intersection(halfPlane(112.62, rnd, true));
        Geometry east = region.difference(west);
        Geometry north = east.intersection(horizontalHalf(27.88, rnd));
        Geometry south = east.difference(north);
        TestMaps.add(county, west, "name", "湘乡市");
        TestMaps.add(county, south, "name", "湘潭县");
        TestMaps.add(county, north, "name", "雨湖区");

        FeatureStore river = TestMaps.layer(ds, "river", GeometryKind.LINESTRING, "name");
        Coordinate[] rc = new Coordinate[60];
        for (int i = 0; i < rc.length; i++) {
            double t = i / (rc.length - 1.0);
            rc[i] = new Coordinate(112.55 + 0.5 * t + 0.03 * Math.sin(t * 14), 27.44 + 0.62 * t + 0.02 * Math.cos(t * 11));
        }
        TestMaps.add(river, GF.createLineString(rc), "name", "湘江");
        Coordinate[] trib = new Coordinate[30];
        for (int i = 0; i < trib.length; i++) {
            double t = i / (trib.length - 1.0);
            trib[i] = new Coordinate(112.42 + 0.33 * t, 27.62 + 0.05 * t + 0.015 * Math.sin(t * 9));
        }
        TestMaps.add(river, GF.createLineString(trib), "name", "涓水");

        FeatureStore towns = TestMaps.layer(ds, "township", GeometryKind.POINT, "name");
        for (String t : TOWNS) TestMaps.add(towns, randomPoint(rnd, REGION, 0.04), "name", t);
        TestMaps.add(towns, GF.createPoint(new Coordinate(112.81, 27.70)), "name", "易俗河镇中心");

        FeatureStore villages = TestMaps.layer(ds, "village", GeometryKind.POINT, "name");
        List<Feature> vs = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            String name = SYLLABLES[rnd.nextInt(SYLLABLES.length)] + SYLLABLES[rnd.nextInt(SYLLABLES.length)] + "村";
            vs.add(Feature.create(randomPoint(rnd, REGION, 0.02), Map.of("name", name)));
        }
        for (int i = 0; i < 40; i++) {
            String name = SYLLABLES[rnd.nextInt(SYLLABLES.length)] + SYLLABLES[rnd.nextInt(SYLLABLES.length)] + "村";
            vs.add(Feature.create(randomPoint(rnd, new Envelope(112.76, 112.86, 27.66, 27.74), 0), Map.of("name", name)));
        }
        TestMaps.addAll(villages, vs);

        FeatureStore stations = TestMaps.layer(ds, "railway_station", GeometryKind.POINT, "name");
        TestMaps.add(stations, "POINT(112.935 27.885)", "name", "湘潭站");
        TestMaps.add(stations, "POINT(112.885 27.975)", "name", "湘潭北站");
        TestMaps.add(stations, "POINT(112.985 27.985)", "name", "易家湾站");

        FeatureStore parcels = TestMaps.layer(ds, "parcel", GeometryKind.POLYGON, "crop", "parcel_code");
        List<Feature> ps = new ArrayList<>();
        double w = 0.0022, h = 0.0018;
        for (int i = 0; i < 60; i++) {
            for (int j = 0; j < 50; j++) {
                double x = 112.74 + i * w * 1.08, y = 27.64 + j * h * 1.1;
                if (rnd.nextDouble() < 0.12) continue;
                double jx = (rnd.nextDouble() - 0.5) * w * 0.2;
                Polygon p = GF.createPolygon(new Coordinate[] {new Coordinate(x + jx, y), new Coordinate(x + w, y),
                    new Coordinate(x + w - jx, y + h), new Coordinate(x, y + h), new Coordinate(x + jx, y)});
                ps.add(Feature.create(p, Map.of("crop", CROPS[rnd.nextInt(CROPS.length)],
                        "parcel_code", String.format("430321-012-%05d", i * 50 + j))));
            }
        }
        TestMaps.addAll(parcels, ps);

        FeatureStore park = TestMaps.layer(ds, "industrial_park", GeometryKind.POLYGON, "name");
        TestMaps.add(park, "POLYGON((112.84 27.92, 112.92 27.93, 112.93 27.99, 112.86 28.0, 112.84 27.92))", "name", "九华经济开发区");

        FeatureStore sensors = TestMaps.layer(ds, "sensor", GeometryKind.POINT, "name");
        for (int i = 0; i < 25; i++) TestMaps.add(sensors, randomPoint(rnd, new Envelope(112.74, 112.88, 27.64, 27.74), 0));
        FeatureStore machinery = TestMaps.layer(ds, "machinery", GeometryKind.POINT, "name");
        for (int i = 0; i < 10; i++) TestMaps.add(machinery, randomPoint(rnd, new Envelope(112.74, 112.88, 27.64, 27.74), 0));
        FeatureStore service = TestMaps.layer(ds, "service_station", GeometryKind.POINT, "name");
        for (int i = 0; i < 6; i++) TestMaps.add(service, randomPoint(rnd, REGION, 0.08));
        return ds;
    }

    private static Geometry randomPoint(Random rnd, Envelope e, double inset) {
        double x = e.getMinX() + inset + rnd.nextDouble() * (e.getWidth() - 2 * inset);
        double y = e.getMinY() + inset + rnd.nextDouble() * (e.getHeight() - 2 * inset);
        return GF.createPoint(new Coordinate(x, y));
    }

    private static Polygon wobblyBox(Envelope e, Random rnd) {
        List<Coordinate> cs = new ArrayList<>();
        int n = 40;
        double cx = e.centre().x, cy = e.centre().y;
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double r = 1 + 0.06 * Math.sin(a * 5) + 0.03 * rnd.nextDouble();
            cs.add(new Coordinate(cx + Math.cos(a) * e.getWidth() / 2.1 * r, cy + Math.sin(a) * e.getHeight() / 2.1 * r));
        }
        cs.add(new Coordinate(cs.get(0)));
        return GF.createPolygon(cs.toArray(new Coordinate[0]));
    }

    // The part of the plane west of a wavy north-south line near longitude x.
    private static Polygon halfPlane(double x, Random rnd, boolean west) {
        List<Coordinate> cs = new ArrayList<>();
        cs.add(new Coordinate(100, 20));
        for (int i = 0; i <= 30; i++) {
            double y = 27.3 + i * 0.03;
            cs.add(new Coordinate(x + 0.03 * Math.sin(i * 0.7) + 0.01 * rnd.nextDouble(), y));
        }
        cs.add(new Coordinate(100, 35));
        cs.add(new Coordinate(100, 20));
        return GF.createPolygon(cs.toArray(new Coordinate[0]));
    }

    private static Polygon horizontalHalf(double y, Random rnd) {
        List<Coordinate> cs = new ArrayList<>();
        cs.add(new Coordinate(100, 35));
        for (int i = 0; i <= 30; i++) {
            double x = 112.3 + i * 0.03;
            cs.add(new Coordinate(x, y + 0.025 * Math.sin(i * 0.8) + 0.008 * rnd.nextDouble()));
        }
        cs.add(new Coordinate(120, 35));
        cs.add(new Coordinate(100, 35));
        return GF.createPolygon(cs.toArray(new Coordinate[0]));
    }
}
