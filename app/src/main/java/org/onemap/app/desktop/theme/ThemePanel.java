package org.onemap.app.desktop.theme;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.onemap.app.desktop.Messages;
import org.onemap.thematic.legend.ThematicLegend;

/**
 * The right-hand panel of a theme: its title with a 清除专题 button, the time slider when the theme has
 * time-stamped data, the legends (with counts) and the
 * indicators (charts and value tiles), and the note that figures marked 合成数据 are generated.
 */
public final class ThemePanel extends BorderPane {
    private final Label title = new Label();
    private final LegendView legend;
    private final IndicatorsView indicators;
    private final TimeSliderView time;

    public ThemePanel(ThemeViewModel vm, Messages m) {
        setId("themePanel");
        getStyleClass().add("theme-panel");
        legend = new LegendView(m.locale());
        indicators = new IndicatorsView(vm.indicators());
        time = new TimeSliderView(vm.timeSlider(), m);

        title.setId("themeTitle");
        title.getStyleClass().add("panel-header-inline");
        title.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button clear = new Button(m.get("theme.clear"));
        clear.setId("themePanelClear");
        clear.setOnAction(e -> vm.clear());
        HBox header = new HBox(6, title, gap, clear);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");

        Label legendHeader = section(m.get("theme.legend"));
        Label indicatorsHeader = section(m.get("theme.indicators"));
        Label note = new Label(m.get("theme.generatedNote"));
        note.setWrapText(true);
        note.getStyleClass().add("theme-note");
        VBox body = new VBox(8, time, legendHeader, legend, indicatorsHeader, indicators, note);
        body.getStyleClass().add("theme-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("theme-scroll");
        setTop(header);
        setCenter(scroll);

        vm.legends().addListener((ListChangeListener<ThematicLegend>) c -> {
            legend.show(vm.legends());
            indicators.setKeyColours(keyColours(vm.legends()));
        });
        vm.activeProperty().addListener((o, was, now) -> title.setText(now == null ? "" : m.format("theme.panelTitle", vm.title(now))));
        legend.show(vm.legends());
        if (vm.active() != null) title.setText(m.format("theme.panelTitle", vm.title(vm.active())));
    }

    /** The time slider row (hidden unless the active theme has time-stamped data). */
    public TimeSliderView timeSlider() { return time; }

    private static java.util.Map<String, javafx.scene.paint.Color> keyColours(java.util.List<ThematicLegend> legends) {
        java.util.Map<String, javafx.scene.paint.Color> out = new java.util.HashMap<>();
        for (ThematicLegend l : legends) {
            for (ThematicLegend.Entry e : l.entries()) out.putIfAbsent(e.label(), LegendView.fx(e.color()));
        }
        return out;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("theme-section");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
