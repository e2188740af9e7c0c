package org.onemap.dataimport;

/** The user cancelled the import; nothing was written. */
public class ImportCancelledException extends RuntimeException {
    public ImportCancelledException() {
        super("import cancelled: nothing was written");
    }
}
