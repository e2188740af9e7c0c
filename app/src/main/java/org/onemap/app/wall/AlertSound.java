package org.onemap.app.wall;

/**
 * The alarm sound hook. javafx-media is not on the app's classpath, so the default is a system beep
 * (AWT toolkit; silent when headless); a wall with speakers can plug in its own player here.
 */
@FunctionalInterface
public interface AlertSound {
    void play(Alert alert);

    /** The system beep, or nothing when there is no display. */
    static AlertSound beep() {
        return alert -> {
            if (java.awt.GraphicsEnvironment.isHeadless()) return;
            try {
                java.awt.Toolkit.getDefaultToolkit().beep();
            } catch (RuntimeException | Error ignored) {
                // no sound device: the flash and the ticker still show the alert
            }
        };
    }

    static AlertSound silent() { return alert -> { }; }
}
