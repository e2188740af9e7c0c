package org.onemap.datasources.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.core.spi.DataSourceException;

class EncryptedSecretStoreTest {
    @TempDir
    Path tmp;

    @Test
    void passwordSurvivesReopenAndIsNeverOnDiskInPlainText() throws Exception {
        Path file = tmp.resolve("secrets.bin");
        EncryptedSecretStore store = EncryptedSecretStore.open(file, "主密码-master".toCharArray());
        store.put("postgresql://gis@10.0.0.5:5432/xiangtan", "湘潭-s3cret-pw".toCharArray());
        byte[] onDisk = Files.readAllBytes(file);
        String asText = new String(onDisk, StandardCharsets.ISO_8859_1);
        assertFalse(asText.contains("s3cret") || new String(onDisk, StandardCharsets.UTF_8).contains("s3cret"),
                "the password must not be readable in " + file);
        assertFalse(asText.contains("10.0.0.5"), "entry names are encrypted too");

        EncryptedSecretStore again = EncryptedSecretStore.open(file, "主密码-master".toCharArray());
        assertArrayEquals("湘潭-s3cret-pw".toCharArray(), again.get("postgresql://gis@10.0.0.5:5432/xiangtan").orElseThrow());
        assertEquals(Optional.empty(), again.get("other"));
        again.remove("postgresql://gis@10.0.0.5:5432/xiangtan");
        assertTrue(EncryptedSecretStore.open(file, "主密码-master".toCharArray()).names().isEmpty());
    }

    @Test
    void wrongMasterPasswordIsRefused() {
        Path file = tmp.resolve("secrets.bin");
        EncryptedSecretStore.open(file, "right".toCharArray()).put("k", "v".toCharArray());
        DataSourceException e = assertThrows(DataSourceException.class, () -> EncryptedSecretStore.open(file, "wrong".toCharArray()));
        assertTrue(e.getMessage().contains("wrong master password"), e.getMessage());
    }
}
