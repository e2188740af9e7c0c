package org.onemap.app.desktop;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.Node;
import org.onemap.app.desktop.map.MapPane;
import org.onemap.app.desktop.theme.ThemeViewModel;
import org.onemap.thematic.module.ThematicModule;

/** The tool strip under the menu: map tools as a toggle group, navigation buttons, then the 专题 switch. */
final class MainToolBar extends ToolBar {
    private final ToggleGroup tools = new ToggleGroup();

    MainToolBar(MainViewModel vm, MapPane map) {
        Messages m = vm.messages();
        setId("mainToolBar");
        getStyleClass().add("main-toolbar");
        ToggleButton pan = tool(vm, Tool.PAN, "toolPan", m.get("tool.pan"), m.get("tool.pan.tip"), Icons.pan());
        ToggleButton identify = tool(vm, Tool.IDENTIFY, "toolIdentify", m.get("tool.identify"), m.get("tool.identify.tip"), Icons.identify());
        ToggleButton distance = tool(vm, Tool.MEASURE_DISTANCE, "toolMeasureDistance", m.get("tool.measureDistance"),
                m.get("tool.measureDistance.tip"), Icons.measureDistance());
        ToggleButton area = tool(vm, Tool.MEASURE_AREA, "toolMeasureArea", m.get("tool.measureArea"),
                m.get("tool.measureArea.tip"), Icons.measureArea());
        Button full = button("toolFullExtent", m.get("tool.fullExtent"), m.get("tool.fullExtent.tip"), Icons.fullExtent());
        full.setOnAction(e -> map.zoomToFullExtent());
        Button in = button("toolZoomIn", null, m.get("menu.view.zoomIn"), Icons.zoomIn());
        in.setOnAction(e -> map.zoomBy(1));
        Button out = button("toolZoomOut", null, m.get("menu.view.zoomOut"), Icons.zoomOut());
        out.setOnAction(e -> map.zoomBy(-1));
        Button selection = button("toolZoomSelection", m.get("tool.zoomSelection"), m.get("tool.zoomSelection.tip"), Icons.zoomSelection());
        selection.setOnAction(e -> map.zoomTo(vm.table().selectionExtent()));
        selection.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.table().selection()));
        Button clear = button("toolClearMeasure", null, m.get("menu.tools.clearMeasure"), Icons.clear());
        clear.setOnAction(e -> vm.measure().clear());
        clear.disableProperty().bind(vm.measure().modeProperty().isNull());
        // parcel editing (issue 7): one more tool; the edit panel holds its own tools
        ToggleButton edit = tool(vm, Tool.EDIT, "toolEdit", m.get("tool.edit"), m.get("tool.edit.tip"), Icons.edit());
        getItems().addAll(pan, identify, distance, area, clear, edit, new Separator(), full, in, out, selection, new Separator());
        addThemeSwitch(vm.theme(), m);

        tools.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) was.setSelected(true); // one tool is always active
            else vm.setTool((Tool) now.getUserData());
        });
        vm.toolProperty().addListener((o, was, now) -> selectToolButton(now));
        selectToolButton(vm.getTool());
    }

    /** 专题 combo (empty: the plain view) and a button that clears the theme. */
    private void addThemeSwitch(ThemeViewModel theme, Messages m) {
        Label label = new Label(m.get("theme.combo"));
        label.getStyleClass().add("toolbar-label");
        ComboBox<ThematicModule> combo = new ComboBox<>();
        combo.setId("themeCombo");
        combo.getItems().add(null);   // first row: no theme
        combo.getItems().addAll(theme.modules());
        combo.setTooltip(new Tooltip(m.get("theme.combo.tip")));
        combo.setCellFactory(v -> new ThemeCell(theme, m));
        combo.setButtonCell(new ThemeCell(theme, m));
        combo.setValue(null);
        combo.setPrefWidth(230);
        combo.valueProperty().addListener((o, was, now) -> {
            if (now != theme.requestedProperty().get()) theme.select(now);
        });
        theme.requestedProperty().addListener((o, was, now) -> {
            if (combo.getValue() != now) combo.setValue(now);
        });
        Button clear = button("toolThemeClear", null, m.get("theme.clear"), Icons.clear());
        clear.setOnAction(e -> theme.clear());
        clear.disableProperty().bind(theme.requestedProperty().isNull());
        getItems().addAll(label, combo, clear);
    }

    /** A module's title; the empty row reads 无专题. */
    private static final class ThemeCell extends ListCell<ThematicModule> {
        private final ThemeViewModel theme;
        private final Messages m;

        ThemeCell(ThemeViewModel theme, Messages m) {
            this.theme = theme;
            this.m = m;
        }

        @Override
        protected void updateItem(ThematicModule item, boolean empty) {
            super.updateItem(item, empty);
            setText(item == null ? m.get("theme.none") : theme.title(item));
        }
    }

    private ToggleButton tool(MainViewModel vm, Tool t, String id, String text, String tip, Node icon) {
        ToggleButton b = new ToggleButton(text, icon);
        b.setId(id);
        b.setUserData(t);
        b.setToggleGroup(tools);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static Button button(String id, String text, String tip, Node icon) {
        Button b = new Button(text, icon);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private void selectToolButton(Tool t) {
        for (var toggle : tools.getToggles()) {
            if (toggle.getUserData() == t && !toggle.isSelected()) toggle.setSelected(true);
        }
    }
}
