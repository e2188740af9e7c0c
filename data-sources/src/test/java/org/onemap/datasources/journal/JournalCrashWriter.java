package org.onemap.datasources.journal;

import java.nio.file.Path;
import org.onemap.core.edit.session.EditSession;

/**
 * Main run in a separate JVM by {@link EditJournalCrashTest}: applies N journaled edits, reports each
 * on stdout, then waits to be killed. Args: journal file, N.
 */
public final class JournalCrashWriter {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        EditSession session = new EditSession(JournalFixture.storedParcels());
        EditJournal.resume(file, session);
        for (int k = 0; k < n; k++) {
            JournalFixture.applyEdit(session, k);
            if (k == 2) { // an undo/redo pair mid-session must survive too
                session.undo();
                session.redo();
            }
            System.out.println("applied " + (k + 1));
            System.out.flush();
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(600_000); // the test kills us long before
    }
}
