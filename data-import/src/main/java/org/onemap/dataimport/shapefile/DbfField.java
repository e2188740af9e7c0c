package org.onemap.dataimport.shapefile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;
import org.onemap.core.feature.FieldType;

/**
 * One dBASE III column: name, type letter ({@code C} text, {@code N} number, {@code L} logical,
 * {@code D} date; readers may also meet {@code F}, {@code M} …), width in bytes and decimals.
 * Text widths are bytes in the file's charset, not characters: a GBK Chinese character takes 2,
 * a UTF-8 one 3.
 *
 * <p>For a writer, {@code name} is the caller's name (any length); the writer derives the ≤ 10-byte
 * DBF name and reports the mapping. For a reader it is the name stored in the file.
 */
public record DbfField(String name, char type, int length, int decimals) {
    /** dBASE caps a text column at 254 bytes. */
    public static final int MAX_TEXT_BYTES = 254;

    public DbfField {
        Objects.requireNonNull(name, "name");
        if (length < 1 || length > 255) throw new IllegalArgumentException(name + ": width " + length + " not in 1..255");
        if (decimals < 0 || decimals > 255) throw new IllegalArgumentException(name + ": decimals " + decimals);
    }

    /** A text column {@code widthBytes} wide (1..254 bytes of the file's charset). */
    public static DbfField text(String name, int widthBytes) {
        if (widthBytes < 1 || widthBytes > MAX_TEXT_BYTES) {
            throw new IllegalArgumentException(name + ": text width " + widthBytes + " bytes not in 1.." + MAX_TEXT_BYTES);
        }
        return new DbfField(name, 'C', widthBytes, 0);
    }

    /** A text column wide enough for {@code maxChars} characters of any kind in {@code charset} (capped at 254 bytes). */
    public static DbfField textForChars(String name, int maxChars, Charset charset) {
        double perChar = charset.newEncoder().maxBytesPerChar();
        return text(name, (int) Math.min(MAX_TEXT_BYTES, Math.max(1, Math.ceil(maxChars * perChar))));
    }

    /**
     * A text column exactly as wide as the longest of {@code samples} encoded in {@code charset}
     * (at least 1 byte).
     *
     * @throws IllegalArgumentException if a sample cannot be encoded or needs more than 254 bytes
     */
    public static DbfField textFitting(String name, Charset charset, Iterable<String> samples) {
        int width = 1;
        for (String s : samples) {
            if (s != null) width = Math.max(width, encodedLength(s, charset, name));
        }
        return text(name, width);
    }

    /** An integer column of {@code digits} characters including a minus sign (1..18; ≤ 9 reads back as Integer, more as Long). */
    public static DbfField integer(String name, int digits) {
        if (digits < 1 || digits > 18) throw new IllegalArgumentException(name + ": integer width " + digits + " not in 1..18");
        return new DbfField(name, 'N', digits, 0);
    }

    /** A decimal column {@code width} characters wide (sign, digits and point) with {@code decimals} after the point. */
    public static DbfField decimal(String name, int width, int decimals) {
        if (decimals < 1 || decimals > 15 || width < decimals + 2 || width > 32) {
            throw new IllegalArgumentException(name + ": decimal width " + width + " with " + decimals
                    + " decimals is not valid (decimals 1..15, width decimals+2..32)");
        }
        return new DbfField(name, 'N', width, decimals);
    }

    /** A logical (T/F, blank or ? for null) column. */
    public static DbfField logical(String name) { return new DbfField(name, 'L', 1, 0); }

    /** A date (YYYYMMDD) column. */
    public static DbfField date(String name) { return new DbfField(name, 'D', 8, 0); }

    /** The same column under another name. */
    public DbfField withName(String newName) { return new DbfField(newName, type, length, decimals); }

    /** The OneMap attribute type values of this column read as. */
    public FieldType fieldType() {
        return switch (type) {
            case 'N' -> decimals > 0 ? FieldType.DOUBLE : length <= 9 ? FieldType.INTEGER : length <= 18 ? FieldType.LONG : FieldType.DOUBLE;
            case 'F' -> FieldType.DOUBLE;
            case 'L' -> FieldType.BOOLEAN;
            case 'D' -> FieldType.DATE;
            default -> FieldType.STRING;
        };
    }

    static int encodedLength(String s, Charset charset, String field) {
        try {
            ByteBuffer b = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
            return b.remaining();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(field + ": '" + s + "' cannot be encoded in " + charset.name(), e);
        }
    }
}
