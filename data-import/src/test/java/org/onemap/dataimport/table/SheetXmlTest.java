package org.onemap.dataimport.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worksheet scanner reports what a SAX parse reported for the cell reader: elements, r/t attributes, decoded text. */
class SheetXmlTest {
    private static List<String> scan(String xml, Charset cs) throws IOException {
        List<String> events = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        new SheetXml(new ByteArrayInputStream(xml.getBytes(cs))).scan(new SheetXml.Handler() {
            @Override
            public void start(String element, CharSequence r, CharSequence t) {
                flush();
                events.add("<" + element + (r == null ? "" : " r=" + r) + (t == null ? "" : " t=" + t) + ">");
            }

            @Override
            public void text(char[] chars, int from, int length) { text.append(chars, from, length); }

            @Override
            public void end(String element) {
                flush();
                events.add("</" + element + ">");
            }

            private void flush() {
                if (!text.isEmpty()) events.add(text.toString());
                text.setLength(0);
            }
        });
        return events;
    }

    @Test
    void readsCellsWithEntitiesCdataCommentsPrefixesAndEmptyElements() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><!-- a comment: <row> > -->"
                + "<x:sheetData><x:row r='2' spans=\"1:3\"><x:c r=\"A2\" t=\"inlineStr\"><x:is><x:t>湘潭 &amp; &lt;韶山&gt; &#x4E2D;&#22269;</x:t></x:is></x:c>"
                + "<x:c r=\"B2\"><x:v>112.9</x:v></x:c><x:c r=\"C2\" s=\"3\"/><x:c r=\"D2\" t=\"str\"><x:f>A1&amp;\"x\"</x:f><x:v><![CDATA[a]]b]]]></x:v></x:c>"
                + "</x:row><x:row r=\"3\"/></x:sheetData></x:worksheet>";
        assertEquals(List.of("\n", "<>", "<>", "<row r=2>", "<c r=A2 t=inlineStr>", "<is>", "<t>", "湘潭 & <韶山> 中国", "</t>", "</is>", "</c>",
                "<c r=B2>", "<v>", "112.9", "</v>", "</c>", "<c r=C2>", "</c>", "<c r=D2 t=str>", "<>", "A1&\"x\"", "</>", "<v>", "a]]b]", "</v>", "</c>",
                "</row>", "<row r=3>", "</row>", "</>", "</>"), scan(xml, StandardCharsets.UTF_8));
    }

    @Test
    void reportsTheSheetsDimensionRefForProgress() throws IOException {
        String xml = "<worksheet><dimension ref=\"A1:I100001\"/><sheetViews><sheetView tabSelected=\"1\"/></sheetViews><sheetData/></worksheet>";
        assertEquals(List.of("<>", "<dimension r=A1:I100001>", "</dimension>", "<>", "<>", "</>", "</>", "<>", "</>", "</>"), scan(xml, StandardCharsets.UTF_8));
        assertEquals(100001, XlsxCells.lastRowOf("A1:I100001"));
        assertEquals(1, XlsxCells.lastRowOf("A1"));
        assertEquals(1048576, XlsxCells.lastRowOf("A1:XFD1048576"));
        assertEquals(0, XlsxCells.lastRowOf(""));
    }

    @Test
    void readsTheDeclaredEncodingAndCrLf() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><row r=\"1\"><c><v>a\r\nb</v></c></row>";
        assertEquals(List.of("<row r=1>", "<c>", "<v>", "a\nb", "</v>", "</c>", "</row>"), scan(xml, StandardCharsets.UTF_16));
    }

    @Test
    void decodesEveryUtf8LengthAndReplacesMalformedBytesAsADecodingReaderDid() throws IOException {
        String text = "a\u00e9\u6e58\uD840\uDC00z"; // 1, 2, 3 and 4 bytes (湘, then U+20000 outside the BMP)
        assertEquals(List.of("<v>", text, "</v>"), scan("<v>" + text + "</v>", StandardCharsets.UTF_8));
        byte[] bad = {'<', 'v', '>', 'a', (byte) 0xE6, (byte) 0xB9, 'b', (byte) 0xFF, 'c', (byte) 0xC0, (byte) 0x80, '<', '/', 'v', '>'};
        List<String> events = new ArrayList<>();
        new SheetXml(new ByteArrayInputStream(bad)).scan(new SheetXml.Handler() {
            @Override
            public void start(String element, CharSequence r, CharSequence t) { }

            @Override
            public void text(char[] chars, int from, int length) { events.add(new String(chars, from, length)); }

            @Override
            public void end(String element) { }
        });
        assertEquals(List.of(new String(bad, 3, 8, StandardCharsets.UTF_8)), events);
    }

    @Test
    void readsAGbkPartThroughTheTranscoder() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"GBK\"?><row r=\"7\"><c r=\"B7\" t=\"inlineStr\"><is><t>湘潭市雨湖区</t></is></c></row>";
        assertEquals(List.of("<row r=7>", "<c r=B7 t=inlineStr>", "<is>", "<t>", "湘潭市雨湖区", "</t>", "</is>", "</c>", "</row>"),
                scan(xml, java.nio.charset.Charset.forName("GBK")));
    }

    @Test
    void refusesDoctypesUnknownEntitiesAndTruncatedTags() {
        assertThrows(IOException.class, () -> scan("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><row>&e;</row>", StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> scan("<row><c><v>&nbsp;</v></c></row>", StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> scan("<row><c r=\"A1", StandardCharsets.UTF_8));
        // cut between two cells: every tag is whole, but the row and the sheet never close
        IOException cut = assertThrows(IOException.class, () -> scan("<worksheet><sheetData><row r=\"1\"><c><v>1</v></c>", StandardCharsets.UTF_8));
        assertTrue(cut.getMessage().contains("cut short"), cut.getMessage());
    }
}
