package org.onemap.dataimport.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DbfCharsetsTest {
    private static String cpg(String text) {
        return DbfCharsets.forCpg(text).map(Charset::name).orElse("none");
    }

    private static String ldid(int b) {
        return DbfCharsets.forLdid(b).map(Charset::name).orElse("none");
    }

    @Test
    void understandsTheCpgSpellingsFoundInTheWild() {
        assertEquals("UTF-8", cpg("UTF-8"));
        assertEquals("UTF-8", cpg("utf8\n"));
        assertEquals("UTF-8", cpg("65001"));
        assertEquals("UTF-8", cpg("\uFEFFUTF-8"));
        assertEquals("GBK", cpg("936"));
        assertEquals("GBK", cpg("CP936"));
        assertEquals("GBK", cpg("GB2312"));
        assertEquals("GB18030", cpg("GB18030"));
        assertEquals("ISO-8859-1", cpg("88591"));
        assertEquals("windows-1252", cpg("ANSI 1252"));
        assertEquals("windows-1252", cpg("1252"));
        assertEquals("none", cpg("no such charset"));
        assertEquals("none", cpg(""));
    }

    @Test
    void mapsLanguageDriverBytesLikeGdal() {
        assertEquals("GBK", ldid(0x4D));
        assertEquals("GBK", ldid(0x7A));
        assertEquals("windows-1252", ldid(0x03));
        assertEquals("IBM437", ldid(0x01));
        assertEquals("IBM866", ldid(0x26));
        assertTrue(ldid(0x13).toLowerCase().contains("31j") || ldid(0x13).contains("932"), ldid(0x13));
        assertEquals("none", ldid(0x00), "0 = unspecified");
        assertEquals("none", ldid(0x57), "0x57 = the writer's ANSI page: detect instead");
    }

    @Test
    void writersMarkGbkOnlyInTheLanguageDriver() {
        assertEquals(0x4D, DbfCharsets.ldidFor(DbfCharsets.GBK));
        assertEquals(0, DbfCharsets.ldidFor(StandardCharsets.UTF_8));
        assertEquals(0, DbfCharsets.ldidFor(DbfCharsets.GB18030), "GB18030 is not cp936: say it in the .cpg only");
        assertEquals("GBK", DbfCharsets.cpgFor(DbfCharsets.GBK));
        assertEquals("UTF-8", DbfCharsets.cpgFor(StandardCharsets.UTF_8));
        assertEquals(Optional.of(DbfCharsets.GBK), DbfCharsets.forCpg(DbfCharsets.cpgFor(DbfCharsets.GBK)));
    }

    @Test
    void strictUtf8CheckRejectsGbkAndToleratesOnlyACutAtTheEndOfAFullField() {
        byte[] gbk = "湘潭县".getBytes(DbfCharsets.GBK);
        byte[] utf8 = "湘潭县".getBytes(StandardCharsets.UTF_8);
        assertEquals(0, DbfEncodingDetector.Utf8.firstInvalid(gbk, 0, gbk.length, false), "GBK bytes are not UTF-8");
        assertEquals(-2, DbfEncodingDetector.Utf8.firstInvalid(utf8, 0, utf8.length, false));
        assertEquals(-1, DbfEncodingDetector.Utf8.firstInvalid("abc".getBytes(StandardCharsets.US_ASCII), 0, 3, false));
        assertEquals(6, DbfEncodingDetector.Utf8.firstInvalid(utf8, 0, 7, false), "a cut character is invalid mid-field");
        assertEquals(-2, DbfEncodingDetector.Utf8.firstInvalid(utf8, 0, 7, true), "but tolerated where a writer cut at the width");
        byte[] overlong = {(byte) 0xC0, (byte) 0xAF};
        assertEquals(0, DbfEncodingDetector.Utf8.firstInvalid(overlong, 0, 2, false), "overlong forms are invalid");
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertEquals(0, DbfEncodingDetector.Utf8.firstInvalid(surrogate, 0, 3, false), "encoded surrogates are invalid");
    }
}
