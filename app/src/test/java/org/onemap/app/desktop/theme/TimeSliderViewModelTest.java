package org.onemap.app.desktop.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onemap.app.desktop.MainViewModel;
import org.onemap.app.desktop.Messages;
import org.onemap.core.feature.Query;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.map.render.RenderLayer;
import org.onemap.thematic.legend.ThematicLegend;
import org.onemap.thematic.render.LayerOverlay;
import org.onemap.thematic.time.TimeSlider;

/** The time slider of the 乡村治理 theme on a seeded in-memory workspace, without JavaFX running. */
class TimeSliderViewModelTest {
    private static MemoryDataSource workspace;

    @BeforeAll
    static void seed() {
        workspace = new MemoryDataSource();
        org.onemap.sample.WorkspaceSeeder.seed(workspace, 300, msg -> { });
    }

    private static MainViewModel window(java.util.Locale locale) {
        return new MainViewModel(workspace, Messages.forLocale(locale), Runnable::run, Runnable::run);
    }

    /** Incidents reported in {@code [from, to)}, counted straight from the workspace. */
    private static long incidentsIn(TimeSlider.Window w) {
        long[] n = {0};
        workspace.layer("incident").read(Query.ALL, f -> {
            if (f.get("reported_at") instanceof Instant t && w.contains(t)) n[0]++;
        });
        return n[0];
    }

    /** The incident points as the map draws them: a layer overlay on top of the heat. */
    static RenderLayer incidentLayer(MainViewModel vm) {
        return vm.theme().overlays().stream().filter(o -> o instanceof LayerOverlay l && l.layer().name().equals("incident"))
                .map(o -> ((LayerOverlay) o).layer()).findFirst()
                .orElseThrow(() -> new AssertionError("governance should draw the incident points over the map; overlays " + vm.theme().overlays()));
    }

    private static long statusLegendTotal(ThemeViewModel theme) {
        ThematicLegend byStatus = theme.legends().stream().filter(l -> l.title().contains("网格事件")).findFirst()
                .orElseThrow(() -> new AssertionError("no incident legend in " + theme.legends().stream().map(ThematicLegend::title).toList()));
        return byStatus.entries().stream().mapToLong(ThematicLegend.Entry::count).sum();
    }

    @Test
    void governanceOffersWeeksFromAMondayOverTheIncidentHalfYear() {
        MainViewModel vm = window(Messages.CHINESE);
        vm.theme().select("governance");
        TimeSliderViewModel time = vm.theme().timeSlider();

        assertTrue(time.isAvailable(), "governance shows time-stamped incidents: the slider should be available");
        assertEquals(List.of(new TimeSliderViewModel.TimedLayer("incident", "reported_at")), time.timedLayers());
        assertEquals(TimeSliderViewModel.ALL, time.position(), "the theme first shows all time");
        Instant from = time.window(0).from();
        ZonedDateTime start = from.atZone(TimeSliderViewModel.BEIJING);
        assertEquals(DayOfWeek.MONDAY, start.getDayOfWeek(), "weeks start on Monday (Beijing time): " + start);
        assertEquals(0, start.getHour());
        TimeSlider.Window last = time.window(time.positions() - 1);
        assertEquals(Duration.ofDays(7), Duration.between(last.from(), last.to()));
        // the view's window is 2024-12-01 .. 2025-06-01 08:00Z: about 26 weeks
        assertTrue(time.positions() >= 26 && time.positions() <= 28, "weekly positions over half a year, got " + time.positions());
        assertTrue(last.to().isAfter(Instant.parse("2025-06-01T00:00:00Z")), "the last week reaches the view's end: " + last);
    }

    @Test
    void labelsAWeekByItsFirstAndLastDay() {
        MainViewModel vm = window(Messages.CHINESE);
        vm.theme().select("governance");
        TimeSliderViewModel time = vm.theme().timeSlider();
        assertTrue(time.label().startsWith("全部时段"), "all time is labelled so: " + time.label());
        time.setPosition(3);
        LocalDate monday = time.window(3).from().atZone(TimeSliderViewModel.BEIJING).toLocalDate();
        DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;
        assertEquals(iso.format(monday) + " 至 " + iso.format(monday.plusDays(6)), time.label());

        MainViewModel en = window(java.util.Locale.ENGLISH);
        en.theme().select("governance");
        en.theme().timeSlider().setPosition(3);
        assertEquals(iso.format(monday) + " – " + iso.format(monday.plusDays(6)), en.theme().timeSlider().label());
    }

    @Test
    void movingTheSliderCutsTheIncidentPointsHeatAndLegendToThatWeek() {
        MainViewModel vm = window(Messages.CHINESE);
        ThemeViewModel theme = vm.theme();
        theme.select("governance");
        TimeSliderViewModel time = theme.timeSlider();
        long all = workspace.layer("incident").count(Query.ALL);
        assertEquals(all, incidentLayer(vm).source().count(Query.ALL), "all time draws every incident");
        var overlaysBefore = List.copyOf(theme.overlays());
        int revision = theme.revisionProperty().get();

        int week = time.positions() / 2;
        time.setPosition(week);
        long expected = incidentsIn(time.window(week));
        assertTrue(expected > 0 && expected < all, "the middle week should hold some but not all incidents: " + expected);
        assertEquals(expected, incidentLayer(vm).source().count(Query.ALL),
                "the map's incident layer should hold the incidents reported in " + time.label());
        assertEquals(expected, statusLegendTotal(theme), "the legend counts follow the slider");
        assertNotSame(overlaysBefore.get(0), theme.overlays().get(0), "the heat overlay is rebuilt for the week");
        assertEquals(1, time.framesProperty().get());
        assertEquals(revision, theme.revisionProperty().get(), "a frame must not refit the map (revision unchanged)");
        assertEquals(theme.mapProperty().get().layers(), vm.mapLayers().themeLayers());

        time.showAll();
        assertEquals(all, incidentLayer(vm).source().count(Query.ALL), "全部 brings back every incident");
    }

    @Test
    void everyIncidentFallsInExactlyOneWeek() {
        MainViewModel vm = window(Messages.CHINESE);
        vm.theme().select("governance");
        TimeSliderViewModel time = vm.theme().timeSlider();
        long sum = 0;
        for (int p = 0; p < time.positions(); p++) sum += time.layerAt("incident", p).count(Query.ALL);
        assertEquals(workspace.layer("incident").count(Query.ALL), sum, "the weeks cover the incidents without overlap");
    }

    @Test
    void positionChangesWhileAFrameIsBuiltAreCoalesced() {
        Queue<Runnable> background = new ArrayDeque<>();
        MainViewModel vm = new MainViewModel(workspace, Messages.forLocale(Messages.CHINESE), background::add, Runnable::run);
        ThemeViewModel theme = vm.theme();
        theme.select("governance");
        while (!background.isEmpty()) background.poll().run();
        TimeSliderViewModel time = theme.timeSlider();
        assertTrue(time.isAvailable());

        time.setPosition(1);
        time.setPosition(2);
        time.setPosition(7);
        assertEquals(1, background.size(), "one frame at a time is built");
        int built = 0;
        while (!background.isEmpty()) {
            background.poll().run();
            built++;
        }
        assertEquals(2, built, "the frame for 1, then one for the newest position (7); 2 is skipped");
        assertEquals(incidentsIn(time.window(7)), incidentLayer(vm).source().count(Query.ALL));
    }

    @Test
    void playStepsWeekByWeekAndPausesOnTheLast() {
        MainViewModel vm = window(Messages.CHINESE);
        vm.theme().select("governance");
        TimeSliderViewModel time = vm.theme().timeSlider();
        time.play();
        assertTrue(time.isPlaying());
        assertEquals(0, time.position(), "play starts from the first week");
        time.advance();
        assertEquals(1, time.position());
        time.togglePlay();
        time.advance();
        assertEquals(1, time.position(), "paused: ticks do nothing");
        time.setPosition(time.positions() - 2);
        time.play();
        time.advance();
        assertEquals(time.positions() - 1, time.position());
        assertFalse(time.isPlaying(), "play stops on the last week");
    }

    @Test
    void themesWithoutTimestampsAndThePlainViewHaveNoSlider() {
        MainViewModel vm = window(Messages.CHINESE);
        TimeSliderViewModel time = vm.theme().timeSlider();
        assertFalse(time.isAvailable());
        vm.theme().select("governance");
        assertTrue(time.isAvailable());
        time.setPosition(4);
        vm.theme().select("resources");
        assertFalse(time.isAvailable(), "农业资源 has no time-stamped layer");
        assertEquals(TimeSliderViewModel.ALL, time.position());
        vm.theme().select("governance");
        vm.theme().clear();
        assertFalse(time.isAvailable(), "the plain view has no slider");
        assertEquals(TimeSliderViewModel.ALL, time.position());
    }

    @Test
    void onlyTheGovernanceThemeHasTimeStampedData() {
        MainViewModel vm = window(Messages.CHINESE);
        List<String> withSlider = new java.util.ArrayList<>();
        for (var m : vm.theme().modules()) {
            vm.theme().select(m);
            if (vm.theme().timeSlider().isAvailable()) withSlider.add(m.id());
        }
        assertEquals(List.of("governance"), withSlider,
                "only 乡村治理's incidents span weeks; other themes' timestamps (environment readings) are one snapshot");
    }
}
