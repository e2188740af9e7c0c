package org.onemap.app.viewer;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.onemap.app.briefing.OpenedBriefing;

/**
 * Runs the {@link BriefingViewer} full screen for one package: {@link #launch(Path)} verifies the
 * package first (a corrupt or tampered one throws before any window opens) and returns when the
 * window closes. Esc leaves full screen; closing the window ends the viewer.
 */
public final class ViewerApplication extends Application {
    private static OpenedBriefing opened;

    /** Opens and verifies {@code file}, then shows it; blocks until the viewer window closes. */
    public static void launch(Path file) {
        opened = OpenedBriefing.open(file);
        Application.launch(ViewerApplication.class);
    }

    @Override
    public void start(Stage stage) {
        BriefingViewer viewer = new BriefingViewer(opened);
        stage.setTitle(opened.briefing().title() + " — OneMap");
        stage.setScene(new Scene(viewer.root(), 1280, 800));
        stage.setFullScreenExitKeyCombination(KeyCombination.valueOf("Esc"));
        stage.setFullScreen(true);
        stage.setOnHidden(e -> viewer.close());
        stage.show();
    }
}
