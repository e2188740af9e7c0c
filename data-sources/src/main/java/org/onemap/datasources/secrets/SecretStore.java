package org.onemap.datasources.secrets;

import java.util.Optional;

/**
 * Where OneMap keeps data-source passwords: never in plain text. Implementations are the OS keyring
 * ({@link SecretServiceStore}, freedesktop Secret Service) where present, else the file
 * {@link EncryptedSecretStore} behind a master password. Names are opaque keys chosen by the caller.
 */
public interface SecretStore {
    /** Stores (replacing) the secret under {@code name}. */
    void put(String name, char[] secret);

    /** The secret stored under {@code name}; the caller should clear the array after use. */
    Optional<char[]> get(String name);

    /** Forgets the secret under {@code name}; nothing happens when there is none. */
    void remove(String name);

    /** Where secrets go, for people: "系统密钥环 (Secret Service)", a file path … */
    String describe();
}
