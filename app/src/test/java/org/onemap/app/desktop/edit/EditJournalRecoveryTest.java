package org.onemap.app.desktop.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.app.desktop.Messages;

/** Unsaved edits survive the end of a session in the journal; the next start offers them back. */
class EditJournalRecoveryTest {
    private final EditFixture fx = new EditFixture();

    private EditViewModel drawOneParcelAndLeave(Path journals) {
        EditViewModel vm = fx.editing(journals);
        vm.toolKindProperty().set(EditToolKind.RECTANGLE);
        EditFixture.drag(vm, 112.95, 27.85, 112.951, 27.851);
        var form = vm.formRequestProperty().get();
        form.form().field("parcel_code").setText("430321-012-00009");
        form.accept().accept(form.form().attributes());
        assertEquals(3, vm.features().size());
        vm.stop(); // as if the application died: nothing saved
        return vm;
    }

    @Test
    void theNextStartOffersTheJournalAndReplaysIt(@TempDir Path journals) {
        drawOneParcelAndLeave(journals);
        List<String> asked = new ArrayList<>();
        EditViewModel again = new EditViewModel(fx.workspace, Messages.forLocale(Messages.CHINESE), fx.workspace::layer,
                Runnable::run, Runnable::run, journals, "tester");
        again.setRecoveryPrompt(layer -> asked.add(layer));
        again.start();
        assertEquals(List.of("parcel"), asked, "the planner is asked once");
        assertEquals(3, again.features().size(), "the drawn parcel is back");
        assertTrue(again.dirtyProperty().get() && again.canUndoProperty().get(), "recovered edits are unsaved and undoable");
        assertTrue(again.save());
        assertEquals(3, fx.parcels.count(org.onemap.core.feature.Query.ALL));
    }

    @Test
    void decliningDropsTheJournal(@TempDir Path journals) {
        drawOneParcelAndLeave(journals);
        EditViewModel declined = new EditViewModel(fx.workspace, Messages.forLocale(Messages.CHINESE), fx.workspace::layer,
                Runnable::run, Runnable::run, journals, "tester");
        declined.setRecoveryPrompt(layer -> false);
        declined.start();
        assertEquals(2, declined.features().size());
        assertFalse(declined.dirtyProperty().get());
        declined.stop();
        List<String> asked = new ArrayList<>();
        EditViewModel third = new EditViewModel(fx.workspace, Messages.forLocale(Messages.CHINESE), fx.workspace::layer,
                Runnable::run, Runnable::run, journals, "tester");
        third.setRecoveryPrompt(layer -> asked.add(layer));
        third.start();
        assertTrue(asked.isEmpty(), "a declined journal is not offered again");
    }
}
