package org.onemap.datasources.secrets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.onemap.core.spi.DataSourceException;

/**
 * Data-source passwords kept on disk only encrypted, behind a master password (the fallback of issue 5
 * where no OS keyring is present): AES-256-GCM with a key derived by PBKDF2-HMAC-SHA256 from the master
 * password and a random salt. The whole file is re-encrypted with a fresh nonce on every change and
 * replaced atomically; a wrong master password or a tampered file fails the GCM check.
 */
public final class EncryptedSecretStore implements SecretStore {
    private static final byte[] MAGIC = "OMSECRET1".getBytes(StandardCharsets.US_ASCII);
    private static final int ITERATIONS = 210_000; // OWASP 2023 figure for PBKDF2-HMAC-SHA256
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final SecretKey key;
    private final byte[] salt;
    private final TreeMap<String, byte[]> secrets;

    private EncryptedSecretStore(Path file, SecretKey key, byte[] salt, TreeMap<String, byte[]> secrets) {
        this.file = file;
        this.key = key;
        this.salt = salt;
        this.secrets = secrets;
    }

    /**
     * Opens the store in {@code file}, creating an empty one if missing.
     *
     * @throws DataSourceException "wrong master password" (or a damaged file) when it cannot be decrypted
     */
    public static EncryptedSecretStore open(Path file, char[] masterPassword) {
        try {
            if (!Files.exists(file)) {
                byte[] salt = new byte[16];
                RANDOM.nextBytes(salt);
                return new EncryptedSecretStore(file, derive(masterPassword, salt), salt, new TreeMap<>());
            }
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!Arrays.equals(magic, MAGIC)) throw new DataSourceException(file + " is not a OneMap secret store");
            byte[] salt = new byte[16];
            byte[] nonce = new byte[12];
            in.get(salt).get(nonce);
            byte[] sealed = new byte[in.remaining()];
            in.get(sealed);
            SecretKey key = derive(masterPassword, salt);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            return new EncryptedSecretStore(file, key, salt, read(c.doFinal(sealed)));
        } catch (AEADBadTagException e) {
            throw new DataSourceException("wrong master password for " + file + " (or the file was altered)", e);
        } catch (IOException | GeneralSecurityException | java.nio.BufferUnderflowException e) {
            throw new DataSourceException("cannot read secret store " + file + ": " + e.getMessage(), e);
        }
    }

    /** Stores (replacing) a secret and saves the file. */
    @Override
    public synchronized void put(String name, char[] secret) {
        ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        secrets.put(name, bytes);
        save();
    }

    /** The secret stored under {@code name}; the caller should clear the array after use. */
    @Override
    public synchronized Optional<char[]> get(String name) {
        byte[] v = secrets.get(name);
        if (v == null) return Optional.empty();
        CharBuffer cb = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(v));
        char[] out = new char[cb.remaining()];
        cb.get(out);
        return Optional.of(out);
    }

    @Override
    public synchronized void remove(String name) {
        if (secrets.remove(name) != null) save();
    }

    public synchronized Set<String> names() { return Set.copyOf(secrets.keySet()); }

    @Override
    public String describe() { return file.toString(); }

    /** Whether {@code file} holds no store yet: the first master password given creates it. */
    public static boolean isNew(Path file) { return !Files.exists(file); }

    private void save() {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = c.doFinal(write(secrets));
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".secrets", ".tmp");
            try {
                restrict(tmp);
                ByteBuffer out = ByteBuffer.allocate(MAGIC.length + salt.length + nonce.length + sealed.length);
                Files.write(tmp, out.put(MAGIC).put(salt).put(nonce).put(sealed).array());
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new DataSourceException("cannot save secret store " + file + ": " + e.getMessage(), e);
        }
    }

    private static void restrict(Path p) {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: the encryption still protects the content
        }
    }

    private static SecretKey derive(char[] password, byte[] salt) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);
        try {
            byte[] k = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new SecretKeySpec(k, "AES");
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] write(TreeMap<String, byte[]> map) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(map.size());
            for (var e : map.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                out.write(e.getValue());
            }
        }
        return bytes.toByteArray();
    }

    private static TreeMap<String, byte[]> read(byte[] plain) throws IOException {
        TreeMap<String, byte[]> map = new TreeMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String k = in.readUTF();
                byte[] v = new byte[in.readInt()];
                in.readFully(v);
                map.put(k, v);
            }
        }
        return map;
    }
}
