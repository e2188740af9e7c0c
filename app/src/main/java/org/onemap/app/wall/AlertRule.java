package org.onemap.app.wall;

import java.time.Instant;
import java.util.List;
import org.onemap.core.spi.DataSource;

/** A condition the wall watches: evaluated against the workspace (through the SPI) now and then. */
@FunctionalInterface
public interface AlertRule {
    /** Alerts that hold now; the same condition must give the same alert id each time. */
    List<Alert> evaluate(DataSource workspace, Instant now);
}
