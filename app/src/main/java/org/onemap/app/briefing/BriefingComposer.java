package org.onemap.app.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.spi.DataSource;
import org.onemap.map.render.RenderLayer;
import org.onemap.thematic.module.Indicator;
import org.onemap.thematic.module.ThemeMap;
import org.onemap.thematic.module.ThematicModule;
import org.onemap.thematic.module.ThematicModules;
import org.onemap.thematic.module.ThematicView;

/**
 * Builds a briefing from saved views by name: each view is a thematic module's default view
 * ({@code overview}, {@code resources} …) resolved against a workspace, so the slide records the
 * extent, layers, sources and legend as they were when the briefing was made.
 */
public final class BriefingComposer {
    private final DataSource workspace;
    private final Locale locale;

    public BriefingComposer(DataSource workspace, Locale locale) {
        this.workspace = workspace;
        this.locale = locale;
    }

    /** The ids of the views that can be put on a slide. */
    public static List<String> viewNames() {
        return ThematicModules.ids();
    }

    /**
     * A briefing of one slide per view, in the given order.
     *
     * @throws IllegalArgumentException for a view name no module has (the message lists the known ones)
     */
    public Briefing compose(String title, List<String> views, String author, LocalDate date) {
        List<Slide> slides = new ArrayList<>();
        for (String v : views) slides.add(slide(ThematicModules.require(v), date));
        return briefing(title, author, slides);
    }

    /**
     * A briefing of the story's slides, in order: each its view as {@link #compose(String, List, String, LocalDate)}
     * makes it, with the story's title and notes where given, and its annotations and chart panels.
     * {@code title} (may be null) overrides the story's.
     *
     * @throws IllegalArgumentException when a chart names an indicator its module lacks (the message lists the known ones)
     */
    public Briefing compose(String title, StoryFile story, String author, LocalDate date) {
        List<Slide> slides = new ArrayList<>();
        for (StoryFile.SlideJson s : story.slides()) {
            Slide slide = slide(ThematicModules.require(s.view()), date).with(s.title(), s.notes(), s.annotationList(), s.chartList());
            if (s.extentOrNull() != null) slide = slide.withExtent(s.extentOrNull());
            SlideRenderer.indicators(workspace, slide, locale); // an unknown indicator fails now, not in the middle of an export
            slides.add(slide);
        }
        return briefing(title != null ? title : story.title(), author, slides);
    }

    private Briefing briefing(String title, String author, List<Slide> slides) {
        String t = title != null ? title : english() ? "Xiangtan Digital Village briefing" : "湘潭市数字乡村一张图 · 汇报";
        return new Briefing(t, locale.toLanguageTag(), author, Instant.now(), Briefing.currentAppVersion(), slides);
    }

    /** {@code b} with each slide that has no chart panel given one: its module's first indicator with a chart, bottom left. */
    public Briefing withDefaultCharts(Briefing b) {
        List<Slide> slides = new ArrayList<>();
        for (Slide s : b.slides()) {
            if (!s.charts().isEmpty()) {
                slides.add(s);
                continue;
            }
            List<ChartPanel> charts = ThematicModules.require(s.view()).indicators(workspace, locale).stream()
                    .filter(i -> i.chart() != Indicator.Chart.NONE && !i.series().isEmpty())
                    .findFirst().map(i -> List.of(ChartPanel.of(i.id(), ChartPanel.Corner.BOTTOM_LEFT))).orElse(List.of());
            slides.add(s.with(null, null, s.annotations(), charts));
        }
        return b.withSlides(slides);
    }

    Slide slide(ThematicModule module, LocalDate date) {
        ThemeMap map = module.map(workspace, locale);
        Envelope extent = extent(module.defaultView());
        Set<String> sources = new LinkedHashSet<>();
        boolean generated = map.generatedData();
        for (RenderLayer l : map.layers()) {
            generated |= l.generated();
            sources.add(l.titleIn(locale) + (l.generated() ? (english() ? " (generated)" : "（生成数据）") : ""));
        }
        String notes = notes(module, map);
        return new Slide(module.id(), map.title(), notes, date, extent, module.requiredLayers(), new ArrayList<>(sources),
                generated, map.legendRows());
    }

    private String notes(ThematicModule module, ThemeMap map) {
        ThematicView v = module.defaultView();
        StringBuilder s = new StringBuilder();
        s.append(english() ? "View " : "视图 ").append(v.name()).append(english() ? ": " : "：").append(map.title());
        if (v.hasTimeWindow()) s.append(english() ? ", time " : "，时段 ").append(v.from()).append(" – ").append(v.to());
        if (!map.legendRows().isEmpty()) s.append(english() ? ". Legend: " : "。图例：").append(String.join("; ", map.legendRows()));
        return s.toString();
    }

    /** The module's saved extent, else the county layer's with a 3 % margin (as {@code onemap render --theme}). */
    private Envelope extent(ThematicView view) {
        if (view.extent() != null) return view.extent();
        Envelope county = workspace.hasLayer("county") ? workspace.layer("county").extent() : null;
        if (county == null) throw new IllegalStateException("view '" + view.name() + "' has no extent and the county layer is empty");
        Envelope e = new Envelope(county);
        e.expandBy(e.getWidth() * 0.03, e.getHeight() * 0.03);
        return e;
    }

    private boolean english() {
        return locale.getLanguage().equals("en");
    }
}
