package org.onemap.dataimport;

import org.onemap.core.spi.DataSource;

/**
 * What a reader may use while reading: the target workspace (for joins to the {@code village},
 * {@code township} and {@code county} reference layers, read through the SPI; may be null), the report to
 * add problems to and the progress/cancel hooks.
 */
public record ImportContext(DataSource workspace, ImportReport report, ImportProgress progress) {
    public ImportContext {
        if (progress == null) progress = ImportProgress.NONE;
    }
}
