package org.onemap.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 视图→三维视图… opens the 3D extrusion window over the same workspace (Monocle: the window, not its 3D pixels). */
@ExtendWith({SeededWorkspace.SeedFirst.class, ApplicationExtension.class})
class ExtrusionMenuTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = SeededMainWindow.show(stage, 1200, 760);
    }

    @AfterEach
    void tearDown() {
        FxWait.onFx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) if (w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("三维视图")) s.close();
        });
        FxWait.onFx(window::dispose);
    }

    @Test
    void viewMenuOpensTheThreeDimensionalViewOnTownshipOutput() {
        MenuBar bar = (MenuBar) window.root().lookup("#mainMenuBar");
        MenuItem item = bar.getMenus().stream().filter(mn -> "menuView".equals(mn.getId())).findFirst().orElseThrow().getItems().stream().filter(i -> "menuExtrusion3d".equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no 三维视图… item in the View menu"));
        assertEquals("三维视图…", item.getText());
        FxWait.onFx(item::fire);
        FxWait.until("the 3D window shows the township output scene", () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().contains("乡镇农业产值")));
        Stage stage = (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("三维视图")).findFirst().orElseThrow();
        Label status = (Label) stage.getScene().lookup("#extrusionStatus");
        assertTrue(status.getText().contains("个要素"), status.getText());
        assertTrue(stage.getOwner() != null, "the 3D window belongs to the main window");
    }
}
