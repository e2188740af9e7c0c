package org.onemap.dataimport;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/** Looks up the installed {@link Importer}s. */
public final class Importers {
    private Importers() {}

    public static List<Importer> all() {
        return ServiceLoader.load(Importer.class, Importer.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
    }

    /** The first importer that reads {@code file}. */
    public static Importer forFile(Path file) {
        return all().stream().filter(i -> i.canRead(file)).findFirst()
                .orElseThrow(() -> new ImportException(file.getFileName() + ": no importer reads this kind of file (supported: "
                        + String.join(", ", all().stream().map(Importer::displayName).toList()) + ")"));
    }
}
