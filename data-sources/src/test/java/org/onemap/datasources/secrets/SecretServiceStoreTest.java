package org.onemap.datasources.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretServiceStoreTest {
    @TempDir
    Path tmp;

    @Test
    void noKeyringWithoutTheToolOrWithoutASessionBus() throws Exception {
        assertEquals(Optional.empty(), SecretServiceStore.detect(Map.of()), "an empty environment has no keyring");
        assertEquals(Optional.empty(), SecretServiceStore.detect(Map.of("PATH", tmp.toString(), "DBUS_SESSION_BUS_ADDRESS", "unix:path=/nowhere")),
                "no secret-tool on PATH: fall back");
        Path tool = Files.createFile(tmp.resolve(SecretServiceStore.TOOL), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        assertEquals(Optional.of(tool), SecretServiceStore.onPath("/nonexistent:" + tmp));
        assertEquals(Optional.empty(), SecretServiceStore.detect(Map.of("PATH", tmp.toString())), "secret-tool without a session bus: fall back");
    }

    @Test
    void keyringRoundTripsWherePresent() {
        Optional<SecretServiceStore> keyring = SecretServiceStore.detect();
        Assumptions.assumeTrue(keyring.isPresent(), "no Secret Service here (secret-tool + session bus + keyring): the encrypted store is used instead");
        SecretStore s = keyring.get();
        String name = "onemap-test-" + System.nanoTime();
        try {
            s.put(name, "湘潭-pw".toCharArray());
            assertArrayEquals("湘潭-pw".toCharArray(), s.get(name).orElseThrow());
        } finally {
            s.remove(name);
        }
        assertTrue(s.get(name).isEmpty());
    }
}
