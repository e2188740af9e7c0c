package org.onemap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.edit.EditViewModel;
import org.onemap.core.feature.Query;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/**
 * Starting an edit session on a big layer, as a planner does: the edit view-model (no toolkit needed) on a
 * workspace, a view ~1.5 km wide in the layer, start, then a pan to another view; time and heap held. For
 * comparison, what the session used to do: read the whole layer.
 *
 * <p>usage: EditStartBenchmark WORKSPACE [LAYER=parcel]  (e.g. the 1M workspace of bench/render-vs-mapnik.sh;
 * it is opened read-write: copy it first; a journal folder is made in the system temp folder)
 */
public final class EditStartBenchmark {
    private EditStartBenchmark() {}

    public static void main(String[] args) throws Exception {
        String layer = args.length > 1 ? args[1] : "parcel";
        Path journals = Files.createTempDirectory("onemap-edit-bench");
        try (H2gisWorkspace ws = H2gisWorkspace.open(Path.of(args[0]), "bench", false, false)) {
            Envelope extent = ws.layer(layer).extent();
            double w = 0.015, h = 0.008; // ~1.5 km × 0.9 km at 28° N
            Envelope view = new Envelope(extent.centre().x - w / 2, extent.centre().x + w / 2, extent.centre().y - h / 2, extent.centre().y + h / 2);
            long heap0 = usedAfterGc();
            EditViewModel vm = new EditViewModel(ws, Messages.forLocale(Messages.CHINESE), ws::layer, Runnable::run, Runnable::run, journals, "bench");
            vm.layerProperty().set(layer);
            vm.viewChanged(view, w / 1920);
            long t0 = System.nanoTime();
            vm.start();
            double start = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "edit session started in %.2f s, %d features held, heap +%d MB (%s)%n",
                    start, vm.features().size(), (usedAfterGc() - heap0) >> 20, vm.messageProperty().get());
            Envelope next = new Envelope(view);
            next.translate(3 * w, 2 * h);
            t0 = System.nanoTime();
            vm.viewChanged(next, w / 1920);
            System.out.printf(Locale.ROOT, "pan to a view not read yet: %.2f s, %d features held%n", (System.nanoTime() - t0) / 1e9, vm.features().size());
            vm.stop();
            t0 = System.nanoTime();
            heap0 = usedAfterGc();
            var all = ws.layer(layer).list(Query.ALL);
            System.out.printf(Locale.ROOT, "for comparison, the whole layer read: %.2f s, %d features, heap +%d MB%n",
                    (System.nanoTime() - t0) / 1e9, all.size(), (usedAfterGc() - heap0) >> 20);
        }
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
