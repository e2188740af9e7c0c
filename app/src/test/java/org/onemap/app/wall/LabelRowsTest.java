package org.onemap.app.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The wall's text rows change in place: the labels on screen stay, their text and stale mark change. */
@ExtendWith(ApplicationExtension.class)
class LabelRowsTest {
    private final LabelRows rows = new LabelRows(new VBox(), "wall-live-row");

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(rows.node(), 300, 200));
        stage.show();
    }

    @Test
    void rowsAreUpdatedInPlaceAndOnlyTheSurplusIsRemoved() {
        WallFxWait.onFx(() -> {
            rows.show(List.of(new LabelRows.Row("机械 12 台"), new LabelRows.Row("传感器 40 个", "wallFeed-sensor", false)));
            Label first = label(0);
            Label second = label(1);

            rows.show(List.of(new LabelRows.Row("机械 13 台"), new LabelRows.Row("传感器：自 09:12 起无数据", "wallFeed-sensor", true)));
            assertSame(first, label(0), "the same label, not a new one (a new one repaints the whole wall)");
            assertSame(second, label(1));
            assertEquals("机械 13 台", first.getText());
            assertEquals("wallFeed-sensor", second.getId());
            assertTrue(second.getStyleClass().contains("stale"), "marked stale");
            assertTrue(second.getStyleClass().contains("wall-live-row"));

            rows.show(List.of(new LabelRows.Row("机械 13 台")));
            assertEquals(1, rows.node().getChildren().size(), "the surplus row is removed");
            assertSame(first, label(0));

            rows.show(List.of(new LabelRows.Row("机械 13 台"), new LabelRows.Row("传感器 40 个", "wallFeed-sensor", false)));
            assertFalse(label(1).getStyleClass().contains("stale"), "a new row starts unmarked");
            assertEquals(1, label(1).getStyleClass().filtered("wall-live-row"::equals).size(), "its style class once");
        });
    }

    private Label label(int i) { return (Label) rows.node().getChildren().get(i); }
}
