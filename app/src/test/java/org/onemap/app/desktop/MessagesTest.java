package org.onemap.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void chineseIsTheDefaultEvenOnAnEnglishJvm() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("文件", Messages.forLocale(Messages.CHINESE).get("menu.file"),
                    "a Chinese request on an English JVM must not fall back to messages_en");
            assertEquals("文件", Messages.forLocale(Messages.parseLocale(null)).get("menu.file"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void englishWhenAsked() {
        assertEquals("File", Messages.forLocale(Locale.ENGLISH).get("menu.file"));
        assertEquals(Locale.ENGLISH, Messages.parseLocale("en_US"));
        assertEquals(Locale.ENGLISH, Messages.parseLocale("en-GB"));
        assertEquals(Messages.CHINESE, Messages.parseLocale("zh"));
    }

    @Test
    void canonicalLayerTitlesInBothLanguages() {
        Messages zh = Messages.forLocale(Messages.CHINESE);
        assertEquals("县级行政区", zh.get("layer.county"));
        assertEquals("耕地地块（合成）", zh.get("layer.parcel"));
        assertEquals("雪亮工程摄像头（合成）", zh.get("layer.camera"));
        assertEquals("Counties", Messages.forLocale(Locale.ENGLISH).get("layer.county"));
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Set<String> zh = keys("messages.properties");
        Set<String> en = keys("messages_en.properties");
        Set<String> missingInEn = new TreeSet<>(zh);
        missingInEn.removeAll(en);
        Set<String> missingInZh = new TreeSet<>(en);
        missingInZh.removeAll(zh);
        assertTrue(missingInEn.isEmpty(), "add these keys to messages_en.properties: " + missingInEn);
        assertTrue(missingInZh.isEmpty(), "add these keys to messages.properties: " + missingInZh);
    }

    @Test
    void missingKeyShowsItselfInBrackets() {
        assertEquals("[no.such.key]", Messages.forLocale(Messages.CHINESE).get("no.such.key"));
    }

    private static Set<String> keys(String file) throws IOException {
        try (InputStream in = Messages.class.getResourceAsStream("/org/onemap/app/desktop/" + file)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(p.stringPropertyNames());
        }
    }
}
