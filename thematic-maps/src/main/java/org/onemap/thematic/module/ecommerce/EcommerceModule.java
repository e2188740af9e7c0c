package org.onemap.thematic.module.ecommerce;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureSource;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.style.SymbolShape;
import org.onemap.thematic.data.NumericField;
import org.onemap.thematic.legend.ThematicLegend;
import org.onemap.thematic.module.Indicator;
import org.onemap.thematic.module.ThemeMap;
import org.onemap.thematic.module.ThemeMapBuilder;
import org.onemap.thematic.module.ThematicPlugin;
import org.onemap.thematic.module.ThematicView;
import org.onemap.thematic.module.Wording;
import org.onemap.thematic.module.WorkspaceLayers;
import org.onemap.thematic.render.Flow;
import org.onemap.thematic.render.FlowMap;
import org.onemap.thematic.render.ProportionalSymbols;

/**
 * 电商与城乡融合 (e-commerce and urban–rural integration): 益农信息社 stations, the county → township →
 * village logistics network, township → market sales flows (width by tonnes) and e-commerce sales per
 * township as proportional circles. All generated and labelled so. The default view reaches north to
 * Changsha, where much of the produce goes.
 */
public final class EcommerceModule extends ThematicPlugin {
    static final List<String> LAYERS = List.of(WorkspaceLayers.COUNTY, WorkspaceLayers.RIVER, WorkspaceLayers.TOWNSHIP_STATS,
            WorkspaceLayers.SERVICE_STATION, WorkspaceLayers.LOGISTICS_NODE, WorkspaceLayers.SALES_FLOW);
    /** Xiangtan plus Changsha's centre, where the longest flows end. */
    static final Envelope VIEW = new Envelope(111.85, 113.25, 27.35, 28.32);
    static final Color STATION = new Color(0x0072B2);
    static final Color NETWORK = new Color(0x6A1B9A);
    static final Color FLOW = new Color(0xD55E00);
    static final Color SALES = new Color(0x009E73);
    static final double MAX_RADIUS = 26;
    static final double MIN_FLOW = 1, MAX_FLOW = 6.5;

    public EcommerceModule() {
        super("ecommerce", "电商与城乡融合", "E-commerce and urban–rural integration", 40, LAYERS);
    }

    @Override
    public ThematicView defaultView() {
        return ThematicView.of(id(), VIEW, LAYERS);
    }

    /** Sales flows from the flow layer's lines: first point origin, last point destination, volume in tonnes. */
    static List<Flow> flows(FeatureSource salesFlows) {
        List<Flow> out = new ArrayList<>();
        salesFlows.read(Query.ALL, f -> {
            if (f.geometry() == null || f.geometry().getNumPoints() < 2 || !(f.get("volume_t") instanceof Number v)) return;
            Coordinate[] c = f.geometry().getCoordinates();
            out.add(new Flow(c[0].x, c[0].y, c[c.length - 1].x, c[c.length - 1].y, v.doubleValue()));
        });
        return out;
    }

    @Override
    public ThemeMap map(DataSource source, Locale locale) {
        NumberFormat nf = NumberFormat.getIntegerInstance(locale);
        FeatureSource stats = source.layer(WorkspaceLayers.TOWNSHIP_STATS);
        ProportionalSymbols sales = ProportionalSymbols.of(stats, "ecommerce_sales_wan", MAX_RADIUS, SALES);
        double maxSales = max(NumericField.read(stats, "ecommerce_sales_wan"));
        long withSales = stats.count(Query.ALL);
        List<ThematicLegend.Entry> salesRows = new ArrayList<>();
        for (double v : niceSteps(maxSales)) {
            salesRows.add(new ThematicLegend.Entry(nf.format(v) + Wording.pick(locale, " 万元", " × 10k yuan"), SALES,
                    ThematicLegend.NO_COUNT, ThematicLegend.Swatch.CIRCLE, sales.radiusOf(v)));
        }
        String salesTitle = Wording.generated(locale, "乡镇电商销售额（" + withSales + " 个乡镇）",
                "E-commerce sales (" + withSales + " townships)");

        List<Flow> flows = flows(source.layer(WorkspaceLayers.SALES_FLOW));
        FlowMap flowMap = new FlowMap(flows, new Color(FLOW.getRed(), FLOW.getGreen(), FLOW.getBlue(), 165), MIN_FLOW, MAX_FLOW, 0.18);
        double maxFlow = flows.stream().mapToDouble(Flow::volume).max().orElse(0);
        List<ThematicLegend.Entry> flowRows = new ArrayList<>();
        for (double v : niceSteps(maxFlow)) {
            flowRows.add(new ThematicLegend.Entry(nf.format(v) + Wording.pick(locale, " 吨", " t"), FLOW, ThematicLegend.NO_COUNT,
                    ThematicLegend.Swatch.LINE, flowMap.widthOf(v)));
        }
        String flowTitle = Wording.generated(locale, "农产品销售流向（" + flows.size() + " 条）", "Sales flows (" + flows.size() + ")");

        FeatureSource nodes = source.layer(WorkspaceLayers.LOGISTICS_NODE);
        Map<String, Color> levels = new LinkedHashMap<>();
        levels.put("county", NETWORK);
        levels.put("township", new Color(0xAB47BC));
        levels.put("village", new Color(0xE1BEE7));
        Map<String, String> levelLabels = Map.of("county", Wording.pick(locale, "县级物流配送中心", "county hub"),
                "township", Wording.pick(locale, "乡镇物流服务站", "township station"), "village", Wording.pick(locale, "村级物流服务点", "village point"));
        ThemeMapBuilder.Categorised network = ThemeMapBuilder.categorised(nodes, "level", levels, levelLabels,
                Wording.generated(locale, "县乡村三级物流网络", "County–township–village logistics"), SymbolShape.DIAMOND, 8,
                Wording.pick(locale, "其他", "other"));

        FeatureSource stations = source.layer(WorkspaceLayers.SERVICE_STATION);
        String stationTitle = Wording.generated(locale, "益农信息社", "Yinong information stations");
        return new ThemeMapBuilder()
                .layer(RenderLayer.of(source.layer(WorkspaceLayers.COUNTY)))
                .layer(RenderLayer.of(source.layer(WorkspaceLayers.RIVER)))
                .overlay(new LogisticsNetwork(nodes, new Color(NETWORK.getRed(), NETWORK.getGreen(), NETWORK.getBlue(), 150)))
                .layerOnTop(network.layer(), network.legend())
                .overlay(sales, new ThematicLegend(salesTitle, salesRows))
                .layerOnTop(ThemeMapBuilder.points(stations, SymbolShape.SQUARE, 6, STATION, stationTitle),
                        ThemeMapBuilder.counted(stationTitle, Wording.pick(locale, "信息社", "stations"), STATION, stations,
                                ThematicLegend.Swatch.SQUARE, 3))
                .overlay(flowMap, new ThematicLegend(flowTitle, flowRows))
                .overlay(new MarketLabels(source.layer(WorkspaceLayers.SALES_FLOW), Wording.english(locale)))
                .generatedData()
                .build(title(locale));
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) if (v > m) m = v;
        return m;
    }

    /** Three round reference values up to {@code max} (e.g. 500, 2 000, 8 000) for size keys. */
    static double[] niceSteps(double max) {
        if (!(max > 0)) return new double[0];
        double top = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {5, 2, 1}) {
            if (m * top <= max) {
                top = m * top;
                break;
            }
        }
        double mid = top / 4, low = top / 16;
        return new double[] {round(low), round(mid), top};
    }

    private static double round(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        return Math.round(v / p) * p;
    }

    @Override
    public List<Indicator> indicators(DataSource source, Locale locale) {
        Map<String, Double> byMarket = new LinkedHashMap<>();
        double[] tonnes = {0}, value = {0};
        source.layer(WorkspaceLayers.SALES_FLOW).read(Query.ALL, f -> {
            double t = f.get("volume_t") instanceof Number n ? n.doubleValue() : 0;
            tonnes[0] += t;
            value[0] += f.get("value_wan") instanceof Number n ? n.doubleValue() : 0;
            byMarket.merge(String.valueOf(f.get("destination")), t, Double::sum);
        });
        List<Indicator.Datum> markets = new ArrayList<>();
        byMarket.forEach((k, v) -> markets.add(new Indicator.Datum(k, v)));
        double[] sales = {0};
        List<Indicator.Datum> top = new ArrayList<>();
        for (Feature f : source.layer(WorkspaceLayers.TOWNSHIP_STATS).list(Query.ALL)) {
            double s = f.get("ecommerce_sales_wan") instanceof Number n ? n.doubleValue() : 0;
            sales[0] += s;
            top.add(new Indicator.Datum(String.valueOf(f.get("township_name")), s));
        }
        top.sort((a, b) -> Double.compare(b.value(), a.value()));
        String wan = Wording.pick(locale, "万元", "10k yuan");
        return List.of(
                new Indicator("ecommerce_sales", Wording.generated(locale, "电商销售额（前十乡镇）", "E-commerce sales, top 10"),
                        Math.round(sales[0]), wan, true, Indicator.Chart.BAR, top.subList(0, Math.min(10, top.size()))),
                new Indicator("sales_tonnes", Wording.generated(locale, "农产品外销量（按市场）", "Produce sold, by market"),
                        Math.round(tonnes[0]), Wording.pick(locale, "吨", "t"), true, Indicator.Chart.PIE, markets),
                Indicator.figure("sales_value", Wording.generated(locale, "外销额", "Sales value"), Math.round(value[0]), wan, true),
                Indicator.figure("yinong_stations", Wording.generated(locale, "益农信息社", "Yinong stations"),
                        source.layer(WorkspaceLayers.SERVICE_STATION).count(Query.ALL), Wording.pick(locale, "个", ""), true),
                Indicator.figure("logistics_nodes", Wording.generated(locale, "物流节点", "Logistics nodes"),
                        source.layer(WorkspaceLayers.LOGISTICS_NODE).count(Query.ALL), Wording.pick(locale, "个", ""), true));
    }
}
