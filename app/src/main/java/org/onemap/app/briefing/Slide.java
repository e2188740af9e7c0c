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
 */
public record Slide(String view, String title, String notes, LocalDate date, Envelope extent, List<String> layers,
                    List<String> sources, boolean generatedData, List<String> legend) {
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
    }

    @Override
    public Envelope extent() {
        return new Envelope(extent);
    }
}
