package org.onemap.app.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskLockTest {
    private final FakeClock clock = new FakeClock();
    private final WallText text = WallText.forLocale(Locale.SIMPLIFIED_CHINESE);

    @Test
    void wrongPinKeepsTheWallLockedAndRightPinUnlocks() {
        KioskLock lock = new KioskLock(PinHash.of("4711"), clock, text);
        assertFalse(lock.submit("4711"), "typing a PIN without the exit chord first does nothing");
        assertTrue(lock.isLocked());

        lock.chordPressed();
        assertTrue(lock.isPrompting(), "the chord opens the PIN prompt");
        assertFalse(lock.submit("1234"));
        assertTrue(lock.isLocked(), "a wrong PIN must keep the wall locked");
        assertEquals("密码错误，墙幕保持锁定", lock.errorProperty().get());
        assertTrue(lock.submit("4711"));
        assertFalse(lock.isLocked());
        assertFalse(lock.isPrompting());
        assertEquals(2, lock.log().size(), "both attempts are logged: " + lock.log());
        assertFalse(String.join(" ", lock.log()).contains("1234"), "the log must not contain typed PINs");
    }

    @Test
    void cancellingThePromptLeavesTheWallLocked() {
        KioskLock lock = new KioskLock(PinHash.of("4711"), clock, text);
        lock.chordPressed();
        lock.cancel();
        assertFalse(lock.isPrompting());
        assertTrue(lock.isLocked());
    }

    @Test
    void pinIsStoredAsSaltedPbkdf2HashNeverInPlainText(@TempDir Path walls) throws Exception {
        WallConfig c = WallConfig.loadOrCreate(walls, "hall-a", "864209");
        String json = Files.readString(walls.resolve("hall-a.json"));
        assertFalse(json.contains("864209"), "the wall config must not contain the PIN in plain text:\n" + json);
        assertTrue(json.contains("PBKDF2WithHmacSHA256"), json);
        assertTrue(c.pin().matches("864209"));
        assertFalse(c.pin().matches("864208"));
        assertNotEquals(PinHash.of("864209").salt(), PinHash.of("864209").salt(), "each hash gets a fresh salt");

        WallConfig again = WallConfig.loadOrCreate(walls, "hall-a", "0000");
        assertTrue(again.pin().matches("864209"), "a later start cannot reset the PIN from the environment");
        assertFalse(again.pin().matches("0000"));
    }

    @Test
    void firstStartWithoutAPinIsRefusedBecauseTheWallCouldNotBeLeft(@TempDir Path walls) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WallConfig.loadOrCreate(walls, "hall-b", null));
        assertTrue(e.getMessage().contains("ONEMAP_WALL_PIN"), "the message must say how to set the PIN: " + e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PinHash.of("12"), "PINs shorter than 4 are refused");
    }
}
