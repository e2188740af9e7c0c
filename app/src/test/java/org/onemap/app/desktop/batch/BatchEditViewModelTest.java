package org.onemap.app.desktop.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.history.HistoryWorkspace;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.Query;
import org.onemap.core.history.ChangeOp;
import org.onemap.core.history.FeatureHistory;
import org.onemap.core.history.FeatureVersion;
import org.onemap.core.spi.FeatureStore;

/** Batch attribute edit of a selection on a real workspace file: one transaction, versions, audit, undo. */
class BatchEditViewModelTest {
    private static final FeatureHistory HISTORY = HistoryWorkspace.get().history().orElseThrow();
    private final AtomicInteger written = new AtomicInteger();

    private BatchEditViewModel model(FeatureStore s, List<Feature> selection) {
        return new BatchEditViewModel(s, Messages.forLocale(Messages.CHINESE), ZoneId.of("Asia/Shanghai"), selection,
                s.list(Query.ALL), written::incrementAndGet);
    }

    private static FieldDef field(FeatureStore s, String name) {
        return s.schema().field(name).orElseThrow();
    }

    @Test
    void appliesTheValueToTheSelectionInOneAuditedTransactionAndUndoesIt() {
        FeatureStore s = HistoryWorkspace.parcels("batch_apply", 8);
        List<Feature> all = s.list(Query.ALL);
        List<Feature> picked = List.of(all.get(0), all.get(1), all.get(3)); // 水稻, 湘莲, 油菜
        BatchEditViewModel vm = model(s, picked);
        assertEquals("已选 3 个要素：请选择要修改的字段", vm.previewProperty().get());
        vm.fieldProperty().set(field(s, "crop"));
        assertEquals(List.of("水稻", "湘莲", "蔬菜", "油菜", "茶叶", "柑橘").stream().sorted().toList(),
                vm.domain().stream().sorted().toList(), "the layer's few crops are offered");
        assertEquals("水稻", vm.domain().get(0), "most common first (水稻 and 湘莲 appear twice)");
        vm.valueTextProperty().set("油菜");
        assertEquals("将修改 2 个要素（1 个已是该值）：作物 = 油菜", vm.previewProperty().get());
        assertTrue(vm.canApplyProperty().get());

        assertTrue(vm.apply(), vm.resultProperty().get());
        assertEquals(1, written.get(), "the table and map are told once");
        assertEquals("已修改 2 个要素：作物 = 油菜", vm.resultProperty().get());
        for (Feature f : picked) assertEquals("油菜", HistoryWorkspace.byId(s, f.id()).get("crop"));
        assertEquals(2, HistoryWorkspace.byId(s, all.get(0).id()).version(), "a new version per written feature");
        assertEquals(1, HistoryWorkspace.byId(s, all.get(3).id()).version(), "a feature that had the value is not rewritten");
        assertEquals("湘莲", HistoryWorkspace.byId(s, all.get(7).id()).get("crop"), "unselected features are untouched");
        FeatureVersion audited = last(s, all.get(1));
        assertEquals(ChangeOp.UPDATE, audited.op());
        assertEquals("测试员", audited.user(), "written as the workspace user");
        assertEquals(List.of("crop"), audited.changes().stream().map(c -> c.field()).toList(), "the audit shows the crop change only");

        assertTrue(vm.canUndoProperty().get());
        assertTrue(vm.undo(), vm.resultProperty().get());
        assertEquals("已撤销，2 个要素已恢复", vm.resultProperty().get());
        assertEquals("水稻", HistoryWorkspace.byId(s, all.get(0).id()).get("crop"));
        assertEquals("湘莲", HistoryWorkspace.byId(s, all.get(1).id()).get("crop"));
        assertEquals(3, HistoryWorkspace.byId(s, all.get(0).id()).version(), "the undo is a new, audited version");
        assertEquals("油菜", last(s, all.get(0)).changes().get(0).before());
        assertFalse(vm.canUndoProperty().get());
        assertEquals(2, written.get());
    }

    @Test
    void aVersionConflictWritesNothingAndSaysWhy() {
        FeatureStore s = HistoryWorkspace.parcels("batch_conflict", 3);
        List<Feature> picked = s.list(Query.ALL);
        HistoryWorkspace.get().sql("UPDATE batch_conflict SET owner = '别人' WHERE id = 3"); // someone else, after the read
        BatchEditViewModel vm = model(s, picked);
        vm.fieldProperty().set(field(s, "crop"));
        vm.valueTextProperty().set("茶叶");
        assertFalse(vm.apply());
        assertTrue(vm.resultProperty().get().startsWith("版本冲突，未写入任何修改："), vm.resultProperty().get());
        assertEquals(List.of("水稻", "湘莲", "蔬菜"), s.list(Query.ALL).stream().map(f -> f.get("crop")).toList(),
                "features before the conflicting one were not written either");
        assertEquals(0, written.get());
        assertFalse(vm.canUndoProperty().get());
    }

    @Test
    void undoIsRefusedWhenAFeatureChangedAgain() {
        FeatureStore s = HistoryWorkspace.parcels("batch_undo_conflict", 2);
        BatchEditViewModel vm = model(s, s.list(Query.ALL));
        vm.fieldProperty().set(field(s, "owner"));
        vm.valueTextProperty().set("合作社");
        assertTrue(vm.apply());
        HistoryWorkspace.get().sql("UPDATE batch_undo_conflict SET crop = '柑橘' WHERE id = 2");
        assertFalse(vm.undo());
        assertTrue(vm.resultProperty().get().startsWith("要素已被再次修改，无法撤销"), vm.resultProperty().get());
        assertEquals(List.of("合作社", "合作社"), s.list(Query.ALL).stream().map(f -> f.get("owner")).toList(), "nothing undone");
    }

    @Test
    void valuesAreTypedByTheField() {
        FeatureStore s = HistoryWorkspace.parcels("batch_typed", 2);
        BatchEditViewModel vm = model(s, s.list(Query.ALL));
        vm.fieldProperty().set(field(s, "area_mu"));
        assertTrue(vm.domain().isEmpty(), "numbers are typed, not picked");
        vm.valueTextProperty().set("三亩");
        assertFalse(vm.canApplyProperty().get());
        assertEquals("值无效：应为数字", vm.previewProperty().get());
        vm.valueTextProperty().set("3,5");
        assertTrue(vm.canApplyProperty().get(), vm.previewProperty().get());
        assertTrue(vm.apply());
        assertEquals(3.5, (Double) HistoryWorkspace.byId(s, "1").get("area_mu"), 1e-12);
    }

    private static FeatureVersion last(FeatureStore s, Feature f) {
        List<FeatureVersion> v = HISTORY.versions(s.name(), f.id());
        return v.get(v.size() - 1);
    }
}
