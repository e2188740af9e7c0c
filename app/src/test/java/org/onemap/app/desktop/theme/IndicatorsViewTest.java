package org.onemap.app.desktop.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onemap.app.desktop.Messages;
import org.onemap.thematic.module.Indicator;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A theme shown again shows the cards it had (a wall's carousel comes back to its themes every few minutes). */
@ExtendWith(ApplicationExtension.class)
class IndicatorsViewTest {
    private final IndicatorsViewModel vm = new IndicatorsViewModel(Messages.forLocale(Messages.CHINESE));
    private IndicatorsView view;

    private static final List<Indicator> RESOURCES = List.of(Indicator.figure("area", "耕地面积", 1234, "亩", true),
            new Indicator("crops", "作物", 3, "", true, Indicator.Chart.BAR,
                    List.of(new Indicator.Datum("水稻", 800), new Indicator.Datum("油菜", 300), new Indicator.Datum("蔬菜", 134))));
    private static final List<Indicator> GOVERNANCE = List.of(new Indicator("status", "事件状态", 12, "件", true, Indicator.Chart.PIE,
            List.of(new Indicator.Datum("新建", 5), new Indicator.Datum("已结", 7))));

    @Start
    void start(Stage stage) {
        view = new IndicatorsView(vm);
        stage.setScene(new Scene(new StackPane(view), 400, 600));
        stage.show();
    }

    @Test
    void aThemeShownAgainShowsItsOwnCardsAgainAndOnlyThem() {
        List<Node> first = new ArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(30_000, () -> {
            vm.show(RESOURCES);
            first.addAll(view.shownCards());
            assertEquals(2, first.size());

            vm.show(GOVERNANCE);
            assertEquals(1, view.shownCards().size(), "only the governance card is shown");
            assertTrue(first.stream().noneMatch(Node::isVisible), "the resources cards are hidden");
            assertTrue(first.stream().noneMatch(Node::isManaged), "and take no room");

            vm.show(RESOURCES);
            assertEquals(first, view.shownCards(), "the same card nodes, in the same order");

            vm.show(List.of(RESOURCES.get(1), RESOURCES.get(0)));
            assertEquals(List.of(first.get(1), first.get(0)), view.shownCards(), "shown in the order given");

            vm.show(List.of(Indicator.figure("area", "耕地面积", 1250, "亩", true)));
            Node changed = view.shownCards().get(0);
            assertNotSame(first.get(0), changed, "a changed figure gets a new card");
            assertTrue(changed.lookupAll(".indicator-value").stream().anyMatch(n -> ((Label) n).getText().startsWith("1,250")),
                    "showing the new value");
        });
    }

    @Test
    void keptCardsAreBounded() {
        WaitForAsyncUtils.waitForAsyncFx(30_000, () -> {
            for (int i = 0; i < 100; i++) vm.show(List.of(Indicator.figure("n" + i, "数 " + i, i, "", true)));
            assertTrue(view.getChildren().size() <= 25, "at most the kept cards and the shown one: " + view.getChildren().size());
            assertEquals(1, view.shownCards().size());
        });
    }
}
