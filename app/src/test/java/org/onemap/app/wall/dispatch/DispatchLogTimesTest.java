package org.onemap.app.wall.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The log reads its timestamps back whichever console wrote them. */
class DispatchLogTimesTest {
    @Test
    void readsH2ObjectsAndPostgresText() {
        Instant t = Instant.parse("2026-06-01T08:00:00.5Z");
        assertEquals(t, DispatchLog.instant(OffsetDateTime.ofInstant(t, ZoneOffset.UTC)));
        assertEquals(t, DispatchLog.instant("2026-06-01 08:00:00.5+00"));
        assertEquals(t, DispatchLog.instant("2026-06-01 16:00:00.5+08"));
        assertEquals(t, DispatchLog.instant("2026-06-01 13:30:00.5+05:30"));
        assertEquals(Instant.parse("2026-06-01T08:00:00Z"), DispatchLog.instant("2026-06-01 08:00:00+00"));
        assertEquals(t, DispatchLog.instant("2026-06-01T08:00:00.5Z"));
    }

    @Test
    void quotesValuesForTheConsole() {
        assertEquals("'O''Brien'", DispatchLog.quote("O'Brien"));
        assertEquals("NULL", DispatchLog.quote(null));
    }
}
