package org.onemap.app.desktop.connect;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.onemap.datasources.secrets.EncryptedSecretStore;
import org.onemap.datasources.secrets.SecretServiceStore;
import org.onemap.datasources.secrets.SecretStore;

/**
 * The session's secret store: the OS keyring when {@link SecretServiceStore#detect() one answers}, else
 * the {@link EncryptedSecretStore} file {@code secrets.bin} beside the connections, unlocked once per
 * session with the master password. One instance lives as long as the main window.
 */
public final class SecretVault {
    static final String FILE = "secrets.bin";

    private final Path file;
    private SecretStore store;

    /** @param keyring the OS keyring if present; empty means the encrypted file behind a master password */
    public SecretVault(Path folder, Optional<? extends SecretStore> keyring) {
        this.file = folder.resolve(FILE);
        this.store = keyring.orElse(null);
    }

    /** The vault of {@code folder}, with the OS keyring if this session has one. */
    public static SecretVault detect(Path folder) {
        return new SecretVault(folder, SecretServiceStore.detect());
    }

    /** True until the master password was given (never with an OS keyring). */
    public synchronized boolean needsMasterPassword() { return store == null; }

    /** True when no encrypted store exists yet: the master password given now creates it (ask twice). */
    public boolean isNew() { return EncryptedSecretStore.isNew(file); }

    /**
     * Opens the encrypted store with {@code master} (cleared afterwards).
     *
     * @throws org.onemap.core.spi.DataSourceException "wrong master password" when it does not open the existing store
     */
    public synchronized void unlock(char[] master) {
        try {
            store = EncryptedSecretStore.open(file, master);
        } finally {
            Arrays.fill(master, '\0');
        }
    }

    /** The unlocked store; throws {@link IllegalStateException} while the master password is still needed. */
    public synchronized SecretStore store() {
        if (store == null) throw new IllegalStateException("the secret store is locked: give the master password first");
        return store;
    }

    /** Where secrets go, for people. */
    public synchronized String describe() {
        return store != null ? store.describe() : file.toString();
    }
}
