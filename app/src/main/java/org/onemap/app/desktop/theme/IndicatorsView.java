package org.onemap.app.desktop.theme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.onemap.thematic.module.Indicator;

/**
 * The active theme's indicators: one card per figure with its title, its source note (合成数据 or
 * 2020年人口普查) and its value, plus a bar or pie chart of its series where the module gives one.
 */
final class IndicatorsView extends VBox {
    private static final double BAR_ROW = 22;
    /** Okabe–Ito (colour-blind safe) for slices no map legend colours. */
    private static final List<Color> PALETTE = List.of(Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#009E73"),
            Color.web("#F0E442"), Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#CC79A7"), Color.web("#999999"));
    /**
     * Cards kept, shown or hidden: about four themes' worth. Why: a wall's carousel comes back to the same
     * themes every few minutes, and building a theme's charts again (nodes, CSS, layout) held its FX thread
     * for 100–190 ms at every view change; a kept card is only shown again.
     */
    private static final int KEPT = 24;
    private final IndicatorsViewModel vm;
    private Map<String, Color> keyColours = Map.of();
    private final Map<CardKey, Node> cards = new LinkedHashMap<>(32, 0.75f, true);

    /** A card is the same when its figure and the legend colours its pie takes are. */
    private record CardKey(Indicator indicator, Map<String, Color> colours) {}

    IndicatorsView(IndicatorsViewModel vm) {
        this.vm = vm;
        setId("themeIndicators");
        getStyleClass().add("theme-indicators");
        setSpacing(8);
        vm.items().addListener((ListChangeListener<Indicator>) c -> rebuild());
        rebuild();
    }

    /** Colours of the map's legend rows by label, so a pie slice of 水稻 has the colour 水稻 has on the map. */
    void setKeyColours(Map<String, Color> colours) {
        keyColours = Map.copyOf(colours);
    }

    private void rebuild() {
        List<Node> shown = new ArrayList<>();
        for (Indicator i : vm.items()) {
            CardKey key = new CardKey(i, keyColours);
            Node card = cards.get(key);
            if (card == null) {
                card = card(i);
                cards.put(key, card);
                getChildren().add(card);
            }
            shown.add(card);
        }
        Set<Node> showing = Collections.newSetFromMap(new IdentityHashMap<>());
        showing.addAll(shown);
        for (var it = cards.values().iterator(); cards.size() > KEPT && it.hasNext(); ) {
            Node eldest = it.next();   // least recently shown first (access order)
            if (showing.contains(eldest)) continue;
            it.remove();
            getChildren().remove(eldest);
        }
        if (!getChildren().filtered(showing::contains).equals(shown)) {
            List<Node> order = new ArrayList<>(shown);
            for (Node n : getChildren()) if (!showing.contains(n)) order.add(n);
            getChildren().setAll(order);
        }
        for (Node n : getChildren()) {
            boolean on = showing.contains(n);
            n.setVisible(on);
            n.setManaged(on);
        }
    }

    /** The cards shown now (the others are kept hidden for when their theme comes back). */
    List<Node> shownCards() { return getChildren().filtered(Node::isVisible); }

    private Node card(Indicator i) {
        Label title = new Label(vm.title(i));
        title.getStyleClass().add("indicator-title");
        title.setWrapText(true);
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox head = new HBox(6, title);
        String note = vm.note(i);
        if (!note.isEmpty()) {
            Label badge = new Label(note);
            badge.getStyleClass().addAll("indicator-note", i.generated() ? "generated" : "census");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            head.getChildren().add(badge);
        }
        Label value = new Label(vm.valueText(i));
        value.getStyleClass().add("indicator-value");
        VBox card = new VBox(3, head, value);
        card.getStyleClass().add("indicator-card");
        card.setUserData(i.id());
        switch (vm.chart(i)) {
            case BAR -> card.getChildren().add(bar(i));
            case PIE -> card.getChildren().add(pie(i));
            default -> { }
        }
        return card;
    }

    // horizontal bars: category names (townships, counties) read better down the side than slanted below
    private Node bar(Indicator i) {
        NumberAxis values = new NumberAxis();
        values.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override public String toString(Number n) { return vm.number(n.doubleValue()); }
            @Override public Number fromString(String s) { return 0; }
        });
        values.setMinorTickVisible(false);
        CategoryAxis names = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(values, names);
        chart.getStyleClass().add("indicator-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setHorizontalGridLinesVisible(false);
        chart.setCategoryGap(3);
        XYChart.Series<Number, String> s = new XYChart.Series<>();
        // the chart lists categories bottom up: reverse so the first datum is on top
        var data = new java.util.ArrayList<>(i.series());
        java.util.Collections.reverse(data);
        for (Indicator.Datum d : data) s.getData().add(new XYChart.Data<>(d.value(), d.label()));
        chart.getData().add(s);
        for (XYChart.Data<Number, String> d : s.getData()) {
            if (d.getNode() != null) Tooltip.install(d.getNode(), new Tooltip(d.getYValue() + "：" + vm.number(d.getXValue().doubleValue())));
        }
        // in em of the default font: the same pixels on the desktop, rows that grow with a 4K wall's large type
        double em = (46 + BAR_ROW * i.series().size()) / javafx.scene.text.Font.getDefault().getSize();
        chart.setStyle(String.format(java.util.Locale.ROOT, "-fx-min-height: %1$.3fem; -fx-pref-height: %1$.3fem; -fx-max-height: %1$.3fem;", em));
        return chart;
    }

    // the slices take the map's colours where the legend has the category, and a key of our own
    // (JavaFX's legend would keep its default colours)
    private Node pie(Indicator i) {
        PieChart chart = new PieChart();
        chart.getStyleClass().add("indicator-chart");
        chart.setAnimated(false);
        chart.setLabelsVisible(false);
        chart.setLegendVisible(false);
        chart.setStartAngle(90);
        chart.setClockwise(true);
        VBox key = new VBox(2);
        key.getStyleClass().add("indicator-key");
        int spare = 0;
        for (Indicator.Datum d : i.series()) {
            PieChart.Data slice = new PieChart.Data(d.label(), d.value());
            chart.getData().add(slice);
            Color c = keyColours.get(d.label());
            if (c == null) c = PALETTE.get(spare++ % PALETTE.size());
            String css = "-fx-pie-color: " + web(c) + ";";
            if (slice.getNode() != null) slice.getNode().setStyle(css);
            else slice.nodeProperty().addListener((o, was, now) -> { if (now != null) now.setStyle(css); });
            Region swatch = new Region();
            swatch.setStyle("-fx-background-color: " + web(c) + "; -fx-background-radius: 5;");
            swatch.setMinSize(10, 10);
            swatch.setMaxSize(10, 10);
            Label name = new Label(d.label());
            name.getStyleClass().add("indicator-key-label");
            Label value = new Label(vm.number(d.value()));
            value.getStyleClass().add("indicator-key-value");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox row = new HBox(5, swatch, name, gap, value);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            key.getChildren().add(row);
            Tooltip tip = new Tooltip(d.label() + "：" + vm.number(d.value()));
            if (slice.getNode() != null) Tooltip.install(slice.getNode(), tip);
        }
        chart.setMinSize(150, 150);
        chart.setPrefSize(150, 150);
        chart.setMaxSize(150, 150);
        key.setMinWidth(0);
        HBox.setHgrow(key, Priority.ALWAYS);
        HBox box = new HBox(8, chart, key);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static String web(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
