package org.onemap.app.desktop.map;

import javafx.scene.Node;
import javafx.scene.Scene;

/** Runs a task after each layout pass of whatever scene a node is in, following the node from scene to scene. */
final class AfterLayout {
    private AfterLayout() {
    }

    static void run(Node node, Runnable task) {
        if (node.getScene() != null) node.getScene().addPostLayoutPulseListener(task);
        node.sceneProperty().addListener((o, was, now) -> moved(was, now, task));
    }

    private static void moved(Scene was, Scene now, Runnable task) {
        if (was != null) was.removePostLayoutPulseListener(task);
        if (now != null) now.addPostLayoutPulseListener(task);
    }
}
