package org.onemap.app.briefing;

import java.awt.Color;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A mark a presenter puts on a slide's map, in lon/lat so it stays where it points whatever the
 * picture's size: an {@link Arrow}, a {@link Text} or a {@link Highlight}. Colours may carry alpha.
 */
public sealed interface Annotation permits Annotation.Arrow, Annotation.Text, Annotation.Highlight {

    /** An arrow from one place to another, with its head at {@code to}; {@code width} in logical pixels. */
    record Arrow(double fromLon, double fromLat, double toLon, double toLat, Color colour, double width) implements Annotation {
        public Arrow {
            Objects.requireNonNull(colour, "colour");
            if (!(width > 0)) throw new IllegalArgumentException("arrow width must be positive: " + width);
        }
    }

    /** Words centred on a place, in the map font ({@code size} in logical pixels), with a halo so they read on any map. */
    record Text(double lon, double lat, String text, double size, Color colour, Color halo) implements Annotation {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(colour, "colour");
            halo = halo == null ? Color.WHITE : halo;
            if (!(size > 0)) throw new IllegalArgumentException("text size must be positive: " + size);
        }
    }

    /**
     * An area to look at: a polygon as lon/lat WKT, or a circle given as a {@code POINT} WKT with
     * {@code radiusMetres} &gt; 0. The fill is drawn half see-through unless {@code fill} has its own alpha;
     * {@code label} (may be empty) is written beside it.
     */
    record Highlight(String wkt, double radiusMetres, Color stroke, Color fill, String label) implements Annotation {
        public Highlight {
            Objects.requireNonNull(stroke, "stroke");
            Geometry g = parse(wkt);
            if (g.getDimension() == 0 && !(radiusMetres > 0)) {
                throw new IllegalArgumentException("a point highlight needs radiusMetres > 0 (a circle): " + wkt);
            }
            if (g.getDimension() == 1) throw new IllegalArgumentException("a highlight is a polygon or a circle, not a line: " + wkt);
            label = label == null ? "" : label;
        }

        /** The geometry in lon/lat. */
        public Geometry geometry() {
            return parse(wkt);
        }

        static Geometry parse(String wkt) {
            Objects.requireNonNull(wkt, "wkt");
            try {
                return new WKTReader().read(wkt);
            } catch (ParseException e) {
                throw new IllegalArgumentException("highlight WKT is malformed (" + e.getMessage() + "): " + wkt, e);
            }
        }
    }
}
