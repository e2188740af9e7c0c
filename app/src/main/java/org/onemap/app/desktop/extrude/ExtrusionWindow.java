package org.onemap.app.desktop.extrude;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.onemap.app.desktop.Messages;
import org.onemap.core.spi.DataSource;

/**
 * The 3D extrusion view in its own stage (视图→三维视图…). Owns one background thread for building
 * scenes, stopped when the stage closes.
 */
public final class ExtrusionWindow {
    public static final double WIDTH = 1440;
    public static final double HEIGHT = 900;

    private final Stage stage = new Stage();
    private final ExtrusionViewModel viewModel;
    private final ExtrusionView view;
    private final ExecutorService background;

    private ExtrusionWindow(DataSource workspace, Messages messages, Window owner, ExtrusionPreset preset) {
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "onemap-extrusion-builder");
            t.setDaemon(true);
            return t;
        });
        viewModel = new ExtrusionViewModel(workspace, messages, background, Platform::runLater);
        view = new ExtrusionView(viewModel, messages);
        stage.setTitle(messages.get("extrude.window"));
        viewModel.titleProperty().addListener((o, was, now) -> stage.setTitle(messages.get("extrude.window") + " — " + now));
        if (owner != null) stage.initOwner(owner);
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        stage.setOnHidden(e -> background.shutdownNow());
        viewModel.setPreset(preset);
    }

    /** Opens and shows a 3D window on {@code preset}. Call on the FX thread. */
    public static ExtrusionWindow open(DataSource workspace, Messages messages, Window owner, ExtrusionPreset preset) {
        ExtrusionWindow w = new ExtrusionWindow(workspace, messages, owner, preset);
        w.stage.show();
        return w;
    }

    public Stage stage() { return stage; }

    public ExtrusionViewModel viewModel() { return viewModel; }

    public ExtrusionView view() { return view; }
}
