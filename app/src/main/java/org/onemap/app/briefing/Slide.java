package org.onemap.app.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * One slide of a briefing: a saved view (a thematic module's view by its id, e.g. {@code overview} or
 * {@code resources}) over a lon/lat {@code extent}, with the words a leader sees: title, speaker notes,
 * date and data sources. {@code layers} are the workspace layers the view reads (what a package must
 * carry); {@code generatedData} says the map shows generated data and must carry the note;
 * {@code legend} is the thematic legend's rows as composed (for listings and checks).
 * {@code annotations} are drawn on the map in lon/lat, {@code charts} over it (both may be empty).
 */
public record Slide(String view, String title, String notes, LocalDate date, Envelope extent, List<String> layers,
                    List<String> sources, boolean generatedData, List<String> legend, List<Annotation> annotations,
                    List<ChartPanel> charts) {
    public Slide {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(extent, "extent");
        if (extent.isNull()) throw new IllegalArgumentException("slide '" + view + "' has an empty extent");
        extent = new Envelope(extent);
        notes = notes == null ? "" : notes;
        layers = List.copyOf(layers);
        sources = List.copyOf(sources);
        legend = List.copyOf(legend);
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
        charts = charts == null ? List.of() : List.copyOf(charts);
    }

    /** A slide without annotations and chart panels. */
    public Slide(String view, String title, String notes, LocalDate date, Envelope extent, List<String> layers,
                 List<String> sources, boolean generatedData, List<String> legend) {
        this(view, title, notes, date, extent, layers, sources, generatedData, legend, List.of(), List.of());
    }

    /** This slide with another title (null keeps it), notes (null keeps them), annotations and charts. */
    public Slide with(String newTitle, String newNotes, List<Annotation> newAnnotations, List<ChartPanel> newCharts) {
        return new Slide(view, newTitle != null ? newTitle : title, newNotes != null ? newNotes : notes, date, extent, layers,
                sources, generatedData, legend, newAnnotations, newCharts);
    }

    /** This slide framed on another lon/lat extent (a story may zoom a view in on one township). */
    public Slide withExtent(Envelope newExtent) {
        return new Slide(view, title, notes, date, newExtent, layers, sources, generatedData, legend, annotations, charts);
    }

    @Override
    public Envelope extent() {
        return new Envelope(extent);
    }
}
