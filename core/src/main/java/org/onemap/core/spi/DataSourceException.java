package org.onemap.core.spi;

/** A data source could not do what was asked; the message is meant for the user. */
public class DataSourceException extends RuntimeException {
    public DataSourceException(String message) { super(message); }

    public DataSourceException(String message, Throwable cause) { super(message, cause); }
}
