package org.onemap.dataimport.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV/TSV file: RFC 4180 quoting, delimiter comma unless the first line has more tabs or
 * semicolons, encoding given or detected (a UTF-8 BOM or strictly valid UTF-8 in the first 1 MB, else
 * GB18030 as Chinese Excel saves it).
 */
public final class CsvCells implements TableCells {
    private final Path file;
    private final Charset charset;
    private final String evidence;

    public CsvCells(Path file, Charset given) throws IOException {
        this.file = file;
        if (given != null) {
            charset = given;
            evidence = "given";
        } else if (utf8(file)) {
            charset = StandardCharsets.UTF_8;
            evidence = "detected: valid UTF-8";
        } else {
            charset = Charset.forName("GB18030");
            evidence = "detected: not UTF-8, read as GB18030/GBK";
        }
    }

    @Override
    public String description() { return "encoding " + charset.name() + " (" + evidence + ")"; }

    private static boolean utf8(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1 << 20);
        }
        int end = head.length;
        // do not fail on a multi-byte character cut by the 1 MB window
        if (end == 1 << 20) while (end > 0 && (head[end - 1] & 0xC0) == 0x80) end--;
        if (end == 1 << 20 && end > 0 && (head[end - 1] & 0x80) != 0) end--;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Override
    public void read(CellRowSink sink) throws IOException {
        String sheet = "";
        sink.sheet(sheet);
        long size = Files.size(file);
        long[] consumed = {0};
        InputStream counted = new java.io.FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) consumed[0] += n;
                return n;
            }
        };
        try (BufferedReader r = new BufferedReader(new InputStreamReader(counted, charset), 1 << 16)) {
            r.mark(1);
            if (r.read() != '\uFEFF') r.reset();
            char delim = 0;
            int rowNo = 0;
            String line;
            while ((line = r.readLine()) != null) {
                rowNo++;
                // a CSV declares no size: estimate the last row from the share of the file read, for progress
                if ((rowNo & 1023) == 0 && consumed[0] > 0) sink.lastRow(sheet, (int) Math.min(Integer.MAX_VALUE, Math.max(rowNo, rowNo * size / consumed[0])));
                if (delim == 0) delim = delimiter(line);
                List<String> cells = new ArrayList<>();
                StringBuilder cell = new StringBuilder();
                boolean quoted = false;
                int startRow = rowNo;
                while (true) {
                    for (int i = 0; i < line.length(); i++) {
                        char c = line.charAt(i);
                        if (quoted) {
                            if (c == '"') {
                                if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                                    cell.append('"');
                                    i++;
                                } else {
                                    quoted = false;
                                }
                            } else {
                                cell.append(c);
                            }
                        } else if (c == '"' && cell.length() == 0) {
                            quoted = true;
                        } else if (c == delim) {
                            cells.add(blankToNull(cell.toString()));
                            cell.setLength(0);
                        } else {
                            cell.append(c);
                        }
                    }
                    if (!quoted) break;
                    String next = r.readLine(); // a quoted cell spanning lines
                    if (next == null) break;
                    rowNo++;
                    cell.append('\n');
                    line = next;
                }
                cells.add(blankToNull(cell.toString()));
                sink.row(sheet, startRow, cells);
            }
        }
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }

    private static char delimiter(String line) {
        long commas = line.chars().filter(c -> c == ',').count();
        long tabs = line.chars().filter(c -> c == '\t').count();
        long semis = line.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semis) return '\t';
        if (semis > commas) return ';';
        return ',';
    }
}
