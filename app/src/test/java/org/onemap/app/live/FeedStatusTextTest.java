package org.onemap.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.onemap.app.desktop.Messages;

/** A live source's status line in the desktop's bundles, worded as the wall words it. */
class FeedStatusTextTest {
    private static final Instant SINCE = Instant.parse("2026-05-01T06:05:00Z");
    private static final String HHMM = DateTimeFormatter.ofPattern("HH:mm").format(SINCE.atZone(ZoneId.systemDefault()));

    @Test
    void saysWhereTheDataComesFromAndSinceWhenItIsStale() {
        FeedStatusText zh = new FeedStatusText(Messages.forLocale(Messages.CHINESE)::format, "live.feed.");
        FeedStatus live = new FeedStatus("machinery", FeedState.CONNECTED, null, 0, 12, null);
        FeedStatus stale = new FeedStatus("sensor", FeedState.STALE, SINCE, 0, 12, null);
        FeedStatus down = new FeedStatus("machinery", FeedState.RECONNECTING, SINCE, 3, 12, "refused");
        assertEquals("农机定位 · 回放（生成轨迹）：在线", zh.line(live, FeedStatusText.Source.GENERATED));
        assertEquals("传感器读数 · MQTT：数据中断自 " + HHMM, zh.line(stale, FeedStatusText.Source.MQTT));
        assertEquals("农机定位 · 轨迹回放：重连中，数据中断自 " + HHMM, zh.line(down, FeedStatusText.Source.REPLAY));
        FeedStatusText en = new FeedStatusText(Messages.forLocale(java.util.Locale.ENGLISH)::format, "live.feed.");
        assertEquals("Sensor readings · MQTT: stale since " + HHMM, en.line(stale, FeedStatusText.Source.MQTT));
        assertFalse(FeedStatusText.isStale(live));
        assertTrue(FeedStatusText.isStale(stale) && FeedStatusText.isStale(down));
    }
}
