package org.onemap.app.desktop;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.onemap.app.desktop.map.MapPane;

/**
 * With {@code -Donemap.startup.report=true}: prints once, to stderr, how long after the JVM started the
 * first view was fully drawn (every tile on screen loaded and the labels placed), the figure of DESIGN.md's
 * "cold start to a drawn map" target ({@code bench/cold-start.sh}); {@code -Donemap.startup.exit=true}
 * then quits.
 */
final class StartupReport extends AnimationTimer {
    private final MapPane map;
    private final boolean exit;

    private StartupReport(MapPane map, boolean exit) {
        this.map = map;
        this.exit = exit;
    }

    /** Starts watching {@code map} when asked to by the system properties; does nothing otherwise. */
    static void watch(MapPane map) {
        if (Boolean.getBoolean("onemap.startup.report")) new StartupReport(map, Boolean.getBoolean("onemap.startup.exit")).start();
    }

    @Override
    public void handle(long now) {
        if (map.tilesShown() == 0 || map.tilesLoading() > 0 || !map.labelsSettled()) return;
        stop();
        System.err.printf(Locale.ROOT, "onemap: map drawn %d ms after the JVM started (%d tiles)%n",
                ManagementFactory.getRuntimeMXBean().getUptime(), map.tilesShown());
        if (exit) Platform.exit();
    }
}
