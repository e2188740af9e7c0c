package org.onemap.app.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The soak's stand-in operator keeps an unattended carousel turning, and stays out of real walls. */
class StandInOperatorTest {
    private final FakeClock clock = new FakeClock();
    private final AlertViewModel alerts = new AlertViewModel(clock);

    private Alert dry(String id) {
        return new Alert(id, AlertKind.SOIL_MOISTURE_LOW, "墒情偏低：" + id, null, clock.instant());
    }

    @Test
    void acknowledgesAlertsLeftOpenForItsTimeAsSoak() {
        StandInOperator op = new StandInOperator(alerts, clock, 20);
        alerts.raise(dry("s1"));
        op.tick();
        clock.advance(19);
        op.tick();
        assertTrue(alerts.isAlarming(), "open for 19 s of 20: still up to the operator");
        clock.advance(1);
        op.tick();
        assertFalse(alerts.isAlarming(), "open for 20 s: acknowledged, the carousel can turn again");
        assertEquals("soak", alerts.log().get(alerts.log().size() - 1).who(), "the action log says who acknowledged");
    }

    @Test
    void offUnlessAskedFor() {
        StandInOperator op = new StandInOperator(alerts, clock, 0);
        alerts.raise(dry("s1"));
        for (int i = 0; i < 100; i++) {
            clock.advance(60);
            op.tick();
        }
        assertTrue(alerts.isAlarming(), "a real wall waits for its operator");
    }
}
