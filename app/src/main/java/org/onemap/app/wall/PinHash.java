package org.onemap.app.wall;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A kiosk PIN as stored in the wall config: PBKDF2-HMAC-SHA256 of the PIN with a random salt, both
 * Base64. The PIN itself is never stored, so reading the JSON does not reveal it.
 */
public record PinHash(String algorithm, int iterations, String salt, String hash) {
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 60_000;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    public PinHash {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(hash, "hash");
        if (iterations < 1) throw new IllegalArgumentException("iterations must be positive: " + iterations);
    }

    /** Hashes {@code pin} with a fresh salt; a PIN must have at least 4 characters. */
    public static PinHash of(String pin) {
        if (pin == null || pin.strip().length() < 4) throw new IllegalArgumentException("a wall PIN needs at least 4 characters");
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return new PinHash(ALGORITHM, ITERATIONS, b64.encodeToString(salt), b64.encodeToString(derive(pin.strip(), salt, ITERATIONS)));
    }

    /** Whether {@code pin} is the hashed PIN (compared in constant time). */
    public boolean matches(String pin) {
        if (pin == null || pin.isEmpty()) return false;
        byte[] expected = Base64.getDecoder().decode(hash);
        byte[] actual = derive(pin.strip(), Base64.getDecoder().decode(salt), iterations);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        char[] chars = pin.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available in this JDK", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }
}
