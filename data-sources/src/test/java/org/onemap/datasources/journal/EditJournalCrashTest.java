package org.onemap.datasources.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.core.edit.session.EditSession;
import org.onemap.core.feature.Feature;

class EditJournalCrashTest {
    private static final int EDITS = 25;

    @Test
    void restartAfterKillNineRecoversEveryCompletedEdit(@TempDir Path dir) throws Exception {
        Path journal = EditJournal.pathFor(dir.resolve("onemap.mv.db"), "parcels");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JournalCrashWriter.class.getName(), journal.toString(), Integer.toString(EDITS))
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.add(line);
                if (line.equals("ready")) break;
            }
            assertTrue(output.contains("ready"), "writer JVM did not finish its edits; its output: " + output);
            writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "writer JVM did not die");
        } finally {
            writer.destroyForcibly();
        }

        EditSession session = new EditSession(JournalFixture.storedParcels());
        try (EditJournal reopened = EditJournal.resume(journal, session)) {
            Feature p1 = session.feature("1");
            assertEquals(EDITS - 1, p1.geometry().getEnvelopeInternal().getMinX(),
                    "parcel 1 should be moved once per completed move edit");
            assertEquals("水稻", p1.get("crop"));
            assertEquals(3, p1.version(), "the loaded version travels with the edit so save can detect conflicts");
            assertNull(session.feature("2"), "parcel 2 was split");
            assertEquals(3, session.features().size(), "parcel 1 and the two halves of parcel 2");
            assertEquals(4L, session.features().stream().filter(f -> f.id().startsWith("new:")).findFirst()
                    .orElseThrow().get("plots"), "attribute types survive the journal");
            // the recovered session keeps its undo history
            for (int i = 0; i < EDITS; i++) session.undo();
            assertFalse(session.canUndo());
            assertTrue(session.pendingChanges().isEmpty(), "undoing all recovered edits returns to the stored parcels");
        }
    }

    @Test
    void killWhileStillEditingLosesNothingThatWasReported(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("busy.parcels.edit-journal");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JournalCrashWriter.class.getName(), journal.toString(), "1000000")
                .redirectErrorStream(true).start();
        int reported = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("applied ")) reported = Integer.parseInt(line.substring(8));
                if (reported >= 200) break;
            }
            writer.destroyForcibly(); // killed while it keeps editing and writing
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "writer JVM did not die");
        } finally {
            writer.destroyForcibly();
        }
        assertTrue(reported >= 200, "writer JVM stopped early after " + reported + " edits");
        EditSession session = new EditSession(JournalFixture.storedParcels());
        try (EditJournal reopened = EditJournal.resume(journal, session)) {
            double moves = session.feature("1").geometry().getEnvelopeInternal().getMinX();
            // edit 1 is the split; every "applied k" line was printed after its fsync
            assertTrue(moves >= reported - 1, "recovered " + moves + " moves but the writer had reported "
                    + reported + " completed edits");
        }
    }

    @Test
    void tornLastEntryIsDroppedAndJournalStaysAppendable(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("w.parcels.edit-journal");
        EditSession first = new EditSession(JournalFixture.storedParcels());
        try (EditJournal j = EditJournal.resume(journal, first)) {
            JournalFixture.applyEdit(first, 0);
            JournalFixture.applyEdit(first, 1);
        }
        // a crash while writing the third entry leaves half a line
        Files.writeString(journal, "{\"op\":\"do\",\"name\":\"Move 1\",\"chan", StandardOpenOption.APPEND);

        EditSession second = new EditSession(JournalFixture.storedParcels());
        try (EditJournal j = EditJournal.resume(journal, second)) {
            assertEquals(1, second.feature("1").geometry().getEnvelopeInternal().getMinX());
            JournalFixture.applyEdit(second, 2);
        }
        EditSession third = new EditSession(JournalFixture.storedParcels());
        try (EditJournal j = EditJournal.resume(journal, third)) {
            assertEquals(2, third.feature("1").geometry().getEnvelopeInternal().getMinX(),
                    "entries appended after the torn one replay too");
            third.discard();
        }
        assertEquals(0, Files.size(journal), "discard empties the journal");
    }

    @Test
    void journalLivesNextToTheWorkspace(@TempDir Path dir) {
        Path p = EditJournal.pathFor(dir.resolve("xiangtan.mv.db"), "地块 parcels");
        assertEquals(dir, p.getParent());
        assertEquals("xiangtan.mv.db.地块_parcels.edit-journal", p.getFileName().toString());
        if (!p.getFileName().toString().endsWith(".edit-journal")) fail("unexpected journal name " + p);
    }
}
