package org.onemap.core.spi;

/** The named layer does not exist in the data source. */
public class UnknownLayerException extends DataSourceException {
    private final String layer;

    public UnknownLayerException(String layer) {
        super("unknown layer '" + layer + "'");
        this.layer = layer;
    }

    public String layer() { return layer; }
}
