package org.onemap.app.desktop.edit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.app.desktop.Messages;
import org.onemap.core.edit.ParcelEdits;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.memory.MemoryDataSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;

/**
 * An in-memory workspace with a parcel layer of two adjacent 0.001° squares (A west, B east, sharing
 * the edge x = 112.901) inside a county, and an edit view-model on it that runs everything inline.
 */
final class EditFixture {
    static final GeometryFactory GF = new GeometryFactory();
    /** Degrees per pixel used by the tests: the 10 px snap tolerance is 1e-4°. */
    static final double UPP = 1e-5;
    static final Envelope VIEW = new Envelope(112.89, 112.92, 27.79, 27.82);
    static final LayerSchema PARCEL = new LayerSchema("parcel", GeometryKind.POLYGON, 4326, List.of(
            new FieldDef("parcel_code", FieldType.STRING, true), FieldDef.of("crop", FieldType.STRING),
            FieldDef.of("area_mu", FieldType.DOUBLE), FieldDef.of("plots", FieldType.INTEGER),
            FieldDef.of("surveyed", FieldType.DATE), new FieldDef("generated", FieldType.BOOLEAN, true)));

    final MemoryDataSource workspace = new MemoryDataSource();
    final FeatureStore parcels;

    EditFixture() {
        FeatureStore county = workspace.createLayer(new LayerSchema("county", GeometryKind.POLYGON, 4326,
                List.of(FieldDef.of("name", FieldType.STRING))));
        try (Transaction tx = county.begin("seed")) {
            tx.insert(Feature.create(ParcelEdits.rectangle(GF, new Coordinate(112.8, 27.7), new Coordinate(113.0, 27.9)), Map.of("name", "西县")));
            tx.commit();
        }
        parcels = workspace.createLayer(PARCEL);
        try (Transaction tx = parcels.begin("seed")) {
            tx.insert(Feature.create(box(112.900, 27.800, 112.901, 27.801), Map.of("parcel_code", "430321-012-00001", "crop", "水稻", "generated", false)));
            tx.insert(Feature.create(box(112.901, 27.800, 112.902, 27.801), Map.of("parcel_code", "430321-012-00002", "crop", "湘莲", "generated", false)));
            tx.commit();
        }
    }

    static Geometry box(double x1, double y1, double x2, double y2) {
        return ParcelEdits.rectangle(GF, new Coordinate(x1, y1), new Coordinate(x2, y2));
    }

    /** An edit view-model on this workspace, editing started and the snap index built for {@link #VIEW}. */
    EditViewModel editing(Path journals) {
        EditViewModel vm = new EditViewModel(workspace, Messages.forLocale(Messages.CHINESE), workspace::layer,
                Runnable::run, Runnable::run, journals, "tester");
        vm.start();
        vm.viewChanged(VIEW, UPP);
        return vm;
    }

    String idOf(EditViewModel vm, String code) {
        return vm.features().stream().filter(f -> code.equals(f.get("parcel_code"))).map(Feature::id).findFirst().orElse(null);
    }

    static void click(EditViewModel vm, double x, double y) {
        vm.pointerMoved(new Coordinate(x, y), UPP, false);
        vm.clicked(new Coordinate(x, y), 1, UPP, false);
    }

    static void doubleClick(EditViewModel vm, double x, double y) {
        click(vm, x, y);
        vm.clicked(new Coordinate(x, y), 2, UPP, false);
    }

    static void drag(EditViewModel vm, double x1, double y1, double x2, double y2) {
        vm.pressed(new Coordinate(x1, y1), UPP, false);
        vm.dragged(new Coordinate((x1 + x2) / 2, (y1 + y2) / 2), UPP, false);
        vm.dragged(new Coordinate(x2, y2), UPP, false);
        vm.released(new Coordinate(x2, y2), UPP, false);
    }
}
