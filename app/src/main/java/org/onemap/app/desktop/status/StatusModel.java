package org.onemap.app.desktop.status;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import org.onemap.app.desktop.Messages;
import org.onemap.core.crs.GaussKruger;

/**
 * View-model of the status bar: the pointer position in lon/lat and in the CGCS2000 3° Gauss-Kruger
 * zone it falls in, the current map scale and a message line.
 */
public final class StatusModel {
    private final Messages messages;
    private final ReadOnlyStringWrapper lonLat = new ReadOnlyStringWrapper(this, "lonLat", "");
    private final ReadOnlyStringWrapper gaussKruger = new ReadOnlyStringWrapper(this, "gaussKruger", "");
    private final ReadOnlyStringWrapper scale = new ReadOnlyStringWrapper(this, "scale", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    public StatusModel(Messages messages) {
        this.messages = messages;
        message.set(messages.get("status.ready"));
    }

    /** Shows where the pointer is; {@code lon}/{@code lat} in degrees. */
    public void pointerAt(double lon, double lat) {
        lonLat.set(messages.format("status.lonlat", fixed(lon, 6), fixed(lat, 6)));
        gaussKruger.set(gaussKrugerText(lon, lat));
    }

    /** The pointer left the map. */
    public void pointerGone() {
        lonLat.set("");
        gaussKruger.set("");
    }

    /** Shows the scale 1:{@code denominator}, rounded to a readable figure. */
    public void scale(double denominator) {
        if (!(denominator > 0) || Double.isInfinite(denominator)) {
            scale.set("");
            return;
        }
        NumberFormat nf = NumberFormat.getIntegerInstance(messages.locale());
        scale.set(messages.format("status.scale", nf.format(Math.round(denominator))));
    }

    private String gaussKrugerText(double lon, double lat) {
        if (lon < GaussKruger.FIRST_ZONE3 * 3 - 1.5 || lon >= GaussKruger.LAST_ZONE3 * 3 + 1.5 || Math.abs(lat) > 84) {
            return messages.get("status.gk.outside");
        }
        GaussKruger.Position p = GaussKruger.position3(lon, lat);
        return messages.format("status.gk", p.zone(), fixed(p.easting(), 2), fixed(p.northing(), 2));
    }

    /** Plain digits, no grouping, so coordinates can be copied into other tools as they are. */
    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    public ReadOnlyStringProperty lonLatProperty() { return lonLat.getReadOnlyProperty(); }

    public ReadOnlyStringProperty gaussKrugerProperty() { return gaussKruger.getReadOnlyProperty(); }

    public ReadOnlyStringProperty scaleProperty() { return scale.getReadOnlyProperty(); }

    public StringProperty messageProperty() { return message; }
}
