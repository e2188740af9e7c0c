package org.onemap.app.desktop;

import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.beans.property.BooleanProperty;
import org.onemap.app.desktop.map.MapPane;

/** 文件 / 视图 / 专题 / 工具 / 帮助. */
final class MainMenuBar extends MenuBar {
    MainMenuBar(MainViewModel vm, MapPane map, Runnable importData, Runnable exportImage, Runnable exit,
                BooleanProperty layers, BooleanProperty table, BooleanProperty identify) {
        Messages m = vm.messages();
        setId("mainMenuBar");

        MenuItem importItem = item("menuImport", m.get("menu.file.import"), "Shortcut+I");
        importItem.setOnAction(e -> importData.run());
        MenuItem export = item("menuExport", m.get("menu.file.exportView"), "Shortcut+E");
        export.setOnAction(e -> exportImage.run());
        MenuItem quit = item("menuExit", m.get("menu.file.exit"), "Shortcut+Q");
        quit.setOnAction(e -> exit.run());
        Menu file = new Menu(m.get("menu.file"), null, importItem, export, new SeparatorMenuItem(), quit);

        MenuItem full = item("menuFullExtent", m.get("menu.view.fullExtent"), "Shortcut+0");
        full.setOnAction(e -> map.zoomToFullExtent());
        MenuItem in = item("menuZoomIn", m.get("menu.view.zoomIn"), "Shortcut+EQUALS");
        in.setOnAction(e -> map.zoomBy(1));
        MenuItem out = item("menuZoomOut", m.get("menu.view.zoomOut"), "Shortcut+MINUS");
        out.setOnAction(e -> map.zoomBy(-1));
        Menu view = new Menu(m.get("menu.view"), null, full, in, out, new SeparatorMenuItem(),
                panelToggle(m.get("menu.view.layers"), layers), panelToggle(m.get("menu.view.table"), table),
                panelToggle(m.get("menu.view.identify"), identify));
        view.setId("menuView"); // history adds 地图时间回溯… here
        // 3D extrusion view (issue 3): a separate stage over the same workspace
        MenuItem extrusion = item("menuExtrusion3d", m.get("menu.view.extrusion3d"), null);
        extrusion.setOnAction(e -> org.onemap.app.desktop.extrude.ExtrusionWindow.open(vm.workspace(), m,
                getScene() == null ? null : getScene().getWindow(), org.onemap.app.desktop.extrude.ExtrusionPreset.TOWNSHIP_OUTPUT));
        view.getItems().addAll(new SeparatorMenuItem(), extrusion);

        Menu themes = themes(vm, m);
        Menu edit = editMenu(vm, m);

        ToggleGroup group = new ToggleGroup();
        Menu tools = new Menu(m.get("menu.tools"));
        toolItem(tools, group, vm, Tool.PAN, m.get("menu.tools.pan"), "P");
        toolItem(tools, group, vm, Tool.IDENTIFY, m.get("menu.tools.identify"), "I");
        toolItem(tools, group, vm, Tool.MEASURE_DISTANCE, m.get("menu.tools.measureDistance"), "D");
        toolItem(tools, group, vm, Tool.MEASURE_AREA, m.get("menu.tools.measureArea"), "A");
        MenuItem clear = item("menuClearMeasure", m.get("menu.tools.clearMeasure"), "ESCAPE");
        clear.setOnAction(e -> vm.measure().clear());
        tools.getItems().addAll(new SeparatorMenuItem(), clear);

        MenuItem about = item("menuAbout", m.get("menu.help.about"), null);
        about.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, m.get("about.text"));
            a.setTitle(m.get("menu.help.about"));
            a.setHeaderText(m.get("app.title"));
            if (getScene() != null) a.initOwner(getScene().getWindow());
            a.show();
        });
        Menu help = new Menu(m.get("menu.help"), null, about);

        getMenus().addAll(file, edit, view, themes, tools, help);
    }

    /** Parcel editing (issue 7): undo/redo (Ctrl+Z / Ctrl+Y), save and discard of the edit session. */
    private static Menu editMenu(MainViewModel vm, Messages m) {
        var edit = vm.edit();
        MenuItem undo = item("menuUndo", m.get("menu.edit.undo"), "Shortcut+Z");
        undo.setOnAction(e -> edit.undo());
        undo.disableProperty().bind(edit.canUndoProperty().not());
        MenuItem redo = item("menuRedo", m.get("menu.edit.redo"), "Shortcut+Y");
        redo.setOnAction(e -> edit.redo());
        redo.disableProperty().bind(edit.canRedoProperty().not());
        MenuItem save = item("menuEditSave", m.get("menu.edit.save"), "Shortcut+S");
        save.setOnAction(e -> edit.save());
        save.disableProperty().bind(edit.dirtyProperty().not());
        MenuItem discard = item("menuEditDiscard", m.get("menu.edit.discard"), null);
        discard.setOnAction(e -> edit.discard());
        discard.disableProperty().bind(edit.dirtyProperty().not());
        Menu menu = new Menu(m.get("menu.edit"), null, undo, redo, new SeparatorMenuItem(), save, discard);
        menu.setId("menuEdit");
        return menu;
    }

    /** One radio item per thematic module (总览 first), then 清除专题; the checked item follows the choice made anywhere. */
    private static Menu themes(MainViewModel vm, Messages m) {
        var theme = vm.theme();
        Menu menu = new Menu(m.get("menu.theme"));
        menu.setId("menuThemes");
        ToggleGroup group = new ToggleGroup();
        for (var module : theme.modules()) {
            RadioMenuItem i = new RadioMenuItem(theme.title(module));
            i.setId("menuTheme-" + module.id());
            i.setToggleGroup(group);
            i.setUserData(module);
            i.setOnAction(e -> theme.select(module));
            menu.getItems().add(i);
        }
        MenuItem clear = item("menuThemeClear", m.get("theme.clear"), "Shortcut+Shift+T");
        clear.setOnAction(e -> theme.clear());
        clear.disableProperty().bind(theme.requestedProperty().isNull());
        menu.getItems().addAll(new SeparatorMenuItem(), clear);
        theme.requestedProperty().addListener((o, was, now) -> {
            for (var t : group.getToggles()) t.setSelected(t.getUserData() == now);
        });
        return menu;
    }

    private static MenuItem item(String id, String text, String accelerator) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        if (accelerator != null) i.setAccelerator(KeyCombination.keyCombination(accelerator));
        return i;
    }

    private static CheckMenuItem panelToggle(String text, BooleanProperty shown) {
        CheckMenuItem i = new CheckMenuItem(text);
        i.selectedProperty().bindBidirectional(shown);
        return i;
    }

    private static void toolItem(Menu menu, ToggleGroup group, MainViewModel vm, Tool tool, String text, String key) {
        RadioMenuItem i = new RadioMenuItem(text);
        i.setToggleGroup(group);
        // with a modifier: a bare letter would be taken from the table's filter field
        i.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+" + key));
        i.setSelected(vm.getTool() == tool);
        i.setOnAction(e -> vm.setTool(tool));
        vm.toolProperty().addListener((o, was, now) -> i.setSelected(now == tool));
        menu.getItems().add(i);
    }
}
