package org.onemap.dataimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onemap.core.feature.Query;
import org.onemap.dataimport.ImportException;
import org.onemap.dataimport.ImportProgress;

/** A whole import can be undone from the import catalog: new layers disappear, appended rows are deleted (audited). */
class UndoImportTest extends ReferenceWorkspaceFixture {
    @Test
    void undoRemovesTheLayerAnImportCreated() throws IOException {
        Path xlsx = Fixtures.xlsx(dir.resolve("u.xlsx"), "Sheet1", List.of(List.of("编号", "经度", "纬度"), List.of("U1", 112.91, 27.76)));
        ImportResult r = run(xlsx, "undo_me", Map.of());
        ImportCatalog catalog = new ImportCatalog(ws);
        assertTrue(catalog.list().stream().anyMatch(e -> e.id().equals(r.importId()) && e.count() == 1 && e.layer().equals("undo_me")),
                catalog.list().toString());
        assertEquals(1, catalog.undo(r.importId(), "tester"));
        assertFalse(ws.hasLayer("undo_me"), "the layer the import created is gone after undo");
        ImportException again = assertThrows(ImportException.class, () -> catalog.undo(r.importId(), "tester"));
        assertTrue(again.getMessage().contains("already undone"), again.getMessage());
    }

    @Test
    void undoOfAnAppendToALayerWithoutImportIdDeletesOnlyItsRows() throws IOException {
        Path xlsx = Fixtures.xlsx(dir.resolve("a.xlsx"), "Sheet1", List.of(List.of("name", "code", "经度", "纬度"),
                List.of("新村", "430321101091", 112.91, 27.76), List.of("新村二", "430321101092", 112.92, 27.77)));
        ImportResult r = new WorkspaceImport(ws).run(xlsx,
                new ImportRequest("village", Map.of(), null, ImportRequest.TargetMode.APPEND, "tester"), ImportProgress.NONE);
        assertEquals(5, ws.layer("village").count(Query.ALL), r.report().notes().toString());
        assertEquals(2, new ImportCatalog(ws).undo(r.importId(), "tester"));
        assertEquals(3, ws.layer("village").count(Query.ALL));
        assertTrue(ws.hasLayer("village"), "undo never drops a layer the import did not create");
    }

    @Test
    void unknownImportIdIsAClearError() {
        ImportException e = assertThrows(ImportException.class, () -> new ImportCatalog(ws).undo("imp-nope", "tester"));
        assertTrue(e.getMessage().contains("no import with id imp-nope"), e.getMessage());
    }
}
