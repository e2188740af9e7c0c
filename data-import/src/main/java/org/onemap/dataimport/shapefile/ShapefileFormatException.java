package org.onemap.dataimport.shapefile;

import java.io.IOException;

/**
 * A shapefile component is truncated or corrupt. The message names the file, the 1-based record and
 * the byte offset where known, e.g. {@code parcels.shp: record 1234: truncated at byte 56789}.
 */
public class ShapefileFormatException extends IOException {
    private final String fileName;
    private final long record;
    private final long byteOffset;

    public ShapefileFormatException(String fileName, long record, long byteOffset, String what) {
        super(fileName + (record > 0 ? ": record " + record : "") + ": " + what);
        this.fileName = fileName;
        this.record = record;
        this.byteOffset = byteOffset;
    }

    /** The file name (without directory) of the component at fault. */
    public String fileName() { return fileName; }

    /** The 1-based record number, or 0 when the fault is in the header. */
    public long record() { return record; }

    /** The byte offset in the file where the fault was found, or -1 when unknown. */
    public long byteOffset() { return byteOffset; }
}
