package org.onemap.app.desktop.connect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.params.ParameterField;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.DataSourceProvider;
import org.onemap.core.spi.DataSources;

/** The connection dialog's view-model without JavaFX running: generated form, validation, saving without plain-text passwords. */
class ConnectionDialogViewModelTest {
    private static final Messages ZH = Messages.forLocale(Messages.CHINESE);

    @TempDir
    Path config;

    private ConnectionDialogViewModel vm(SecretVault vault) {
        return new ConnectionDialogViewModel(DataSources.providers(), new ConnectionStore(config), vault, ZH, Runnable::run, Runnable::run);
    }

    private SecretVault lockedVault() {
        return new SecretVault(config, Optional.empty()); // no keyring: the encrypted store behind a master password
    }

    @Test
    void offersEveryInstalledProviderAndGeneratesTheFormFromPostgisMetadata() {
        ConnectionDialogViewModel vm = vm(lockedVault());
        assertEquals(DataSources.providers().stream().map(DataSourceProvider::id).toList(), vm.providers().stream().map(DataSourceProvider::id).toList());
        assertEquals("postgis", vm.providerProperty().get().id(), "PostGIS is chosen first");
        assertEquals(List.of("host", "port", "database", "user", "password", "schema", "editor"), vm.fields().stream().map(ParameterField::key).toList());
        assertEquals(ParameterField.Kind.SECRET, vm.field("password").kind(), "the password is masked");
        assertEquals(ParameterField.Kind.NUMBER, vm.field("port").kind());
        assertEquals("127.0.0.1", vm.field("host").getValue(), "defaults come from the metadata");
        assertEquals("5432", vm.field("port").getValue());
        assertEquals("数据库", vm.field("database").label(), "labels from the Chinese bundle");
        assertTrue(vm.field("database").required());

        vm.selectProvider("mqtt");
        assertTrue(vm.fields().stream().map(ParameterField::key).toList().containsAll(List.of("broker", "topic", "layer", "password")),
                "another provider, another generated form: " + vm.fields().stream().map(ParameterField::key).toList());
        assertEquals(ParameterField.Kind.SECRET, vm.field("password").kind());
    }

    @Test
    void validationNamesTheFirstProblem() {
        ConnectionDialogViewModel vm = vm(lockedVault());
        assertEquals("请填写连接名称", vm.validationProperty().get());
        vm.nameProperty().set("县局共享库");
        assertEquals("请填写“数据库”", vm.validationProperty().get(), "the required database is empty");
        vm.field("database").setValue("xiangtan");
        vm.field("port").setValue("54x32");
        assertEquals("“端口”必须是整数", vm.validationProperty().get());
        vm.field("port").setValue("5433");
        assertTrue(vm.isValid(), vm.validationProperty().get());
        assertEquals(5433, vm.params().get("port"), "the port is given to the provider as a number");
        assertFalse(vm.params().containsKey("password"), "an empty password is not passed");

        vm.field("port").setValue("x");
        assertNull(vm.save(), "an invalid form is not saved");
        assertFalse(Files.exists(config.resolve(ConnectionStore.FILE)));
    }

    @Test
    void savedConnectionJsonHasNoPasswordAndTheEncryptedStoreGivesItBack() throws Exception {
        SecretVault vault = lockedVault();
        ConnectionDialogViewModel vm = vm(vault);
        vm.nameProperty().set("县局共享库");
        vm.field("host").setValue("10.20.30.40");
        vm.field("database").setValue("xiangtan");
        vm.field("user").setValue("gis");
        vm.field("password").setValue("湘潭-s3cret-pw");
        assertTrue(vm.needsMasterPassword(), "a password typed and no keyring: the master password first");
        assertThrows(IllegalStateException.class, vm::save, "never saved before the store is unlocked");

        vault.unlock("主密码-master".toCharArray());
        SavedConnection saved = vm.save();
        assertEquals(List.of("password"), saved.secretKeys());
        String json = Files.readString(config.resolve(ConnectionStore.FILE));
        assertTrue(json.contains("10.20.30.40") && json.contains("xiangtan"), json);
        assertFalse(json.contains("s3cret"), "connections.json must not hold the password: " + json);
        byte[] secrets = Files.readAllBytes(config.resolve(SecretVault.FILE));
        assertFalse(new String(secrets, StandardCharsets.ISO_8859_1).contains("s3cret")
                || new String(secrets, StandardCharsets.UTF_8).contains("s3cret"), "secrets.bin is encrypted");

        // a new session: the list comes back without the master password, the password only with it
        SecretVault next = lockedVault();
        SavedConnection again = new ConnectionStore(config).get("县局共享库").orElseThrow();
        assertEquals(Map.of("database", "xiangtan", "editor", System.getProperty("user.name"), "host", "10.20.30.40",
                "port", "5432", "schema", "public", "user", "gis"), again.params());
        assertThrows(IllegalStateException.class, () -> again.openParams(DataSources.provider("postgis"), next));
        next.unlock("主密码-master".toCharArray());
        Map<String, Object> params = again.openParams(DataSources.provider("postgis"), next);
        assertEquals("湘潭-s3cret-pw", params.get("password"));
        assertEquals(5432, params.get("port"));
        assertArrayEquals("湘潭-s3cret-pw".toCharArray(), next.store().get(again.secretName("password")).orElseThrow());
    }

    @Test
    void wrongMasterPasswordIsRefusedWithAClearMessage() {
        SecretVault vault = lockedVault();
        assertTrue(vault.isNew());
        vault.unlock("right".toCharArray());
        vault.store().put("k", "v".toCharArray());

        SecretVault next = lockedVault();
        assertFalse(next.isNew());
        DataSourceException e = assertThrows(DataSourceException.class, () -> next.unlock("wrong".toCharArray()));
        assertTrue(e.getMessage().contains("wrong master password"), e.getMessage());
        assertTrue(next.needsMasterPassword(), "still locked after a wrong password");
        next.unlock("right".toCharArray());
        assertArrayEquals("v".toCharArray(), next.store().get("k").orElseThrow());
    }

    @Test
    void editingKeepsTheStoredPasswordWhenTheFieldIsLeftEmpty() {
        SecretVault vault = lockedVault();
        vault.unlock("m".toCharArray());
        ConnectionDialogViewModel vm = vm(vault);
        vm.nameProperty().set("a");
        vm.field("database").setValue("db1");
        vm.field("password").setValue("pw1");
        vm.save();

        ConnectionDialogViewModel edit = vm(vault);
        edit.edit(edit.saved().get(0));
        assertEquals("db1", edit.field("database").getValue());
        assertEquals("", edit.field("password").getValue(), "a stored password is never shown back");
        edit.field("database").setValue("db2");
        SavedConnection c = edit.save();
        assertEquals(List.of("password"), c.secretKeys());
        assertEquals("pw1", new String(vault.store().get(c.secretName("password")).orElseThrow()));
        edit.delete(c);
        assertTrue(edit.saved().isEmpty());
        assertTrue(vault.store().get(c.secretName("password")).isEmpty(), "deleting a connection forgets its password");
    }

    @Test
    void aConnectionTestToANonListeningPortFailsWithTheReason() {
        ConnectionDialogViewModel vm = vm(lockedVault());
        vm.nameProperty().set("nowhere");
        vm.field("database").setValue("x");
        vm.field("port").setValue("1");
        vm.testConnection();
        assertFalse(vm.lastTestOkProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("连接失败："), vm.statusProperty().get());
        assertTrue(vm.statusIsErrorProperty().get(), "a failure is flagged for the red text");
        assertTrue(vm.statusProperty().get().length() > "连接失败：".length() + 10, "the reason is shown: " + vm.statusProperty().get());
        assertFalse(vm.testingProperty().get());
    }
}
