package org.onemap.app.desktop.edit;

/** The keys the editing tools react to, decoupled from JavaFX's KeyCode so tools stay headless. */
public enum EditKey {
    ENTER, ESCAPE, BACKSPACE, DELETE
}
