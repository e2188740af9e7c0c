package org.onemap.app.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarouselViewModelTest {
    private final FakeClock clock = new FakeClock();
    private final List<WallView> playlist = List.of(view("resources", 10), view("environment", 5), view("governance", 20));

    private static WallView view(String id, int hold) {
        return new WallView(id, null, List.of(), hold);
    }

    /** Ticks once a second for {@code seconds}, as the wall's timeline does. */
    private void run(CarouselViewModel c, int seconds) {
        for (int i = 0; i < seconds; i++) {
            clock.advance(1);
            c.tick();
        }
    }

    @Test
    void holdsEachViewItsHoldTimeThenMovesOnInPlaylistOrder() {
        CarouselViewModel c = new CarouselViewModel(playlist, clock);
        List<String> shown = new ArrayList<>();
        c.currentProperty().addListener((o, was, now) -> shown.add(now.moduleId()));
        run(c, 9);
        assertEquals("resources", c.current().moduleId(), "the first view holds 10 s, so after 9 s it is still shown");
        run(c, 1);
        assertEquals("environment", c.current().moduleId(), "after exactly 10 s the carousel moves to the second view");
        run(c, 5 + 20);
        assertEquals(List.of("environment", "governance", "resources"), shown, "views follow the playlist and wrap around");
    }

    @Test
    void pausedCarouselStaysOnItsViewAndResumesWithTheRestOfTheHold() {
        CarouselViewModel c = new CarouselViewModel(playlist, clock);
        run(c, 6);
        c.pausedProperty().set(true);
        run(c, 300);
        assertEquals("resources", c.current().moduleId(), "an unacknowledged alert must keep the view however long it lasts");
        assertEquals(4, c.remainingSeconds(), "the pause does not use up hold time");
        c.pausedProperty().set(false);
        run(c, 3);
        assertEquals("resources", c.current().moduleId(), "after resuming the view still has 1 s of its 10 s");
        run(c, 1);
        assertEquals("environment", c.current().moduleId(), "the view moves on once its remaining hold is used");
    }

    @Test
    void operatorCanJumpToAViewWhichThenHoldsItsFullTime() {
        CarouselViewModel c = new CarouselViewModel(playlist, clock);
        run(c, 8);
        c.showAt(2);
        run(c, 19);
        assertEquals("governance", c.current().moduleId());
        run(c, 1);
        assertEquals("resources", c.current().moduleId());
    }

    @Test
    void rejectsAnEmptyPlaylistAndHoldTimesBelowOneSecond() {
        assertThrows(IllegalArgumentException.class, () -> new CarouselViewModel(List.of(), clock));
        assertThrows(IllegalArgumentException.class, () -> view("resources", 0));
    }
}
