package org.onemap.dataimport.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test files made on the spot: xlsx sheets from rows of values (Number → numeric cell, else text). */
final class Fixtures {
    private Fixtures() {}

    /** One sheet per entry of {@code sheets}: name, rows. */
    static Path xlsx(Path file, String sheetName, List<List<Object>> rows) throws IOException {
        return xlsx(file, sheetName, rows, null);
    }

    /** As {@link #xlsx(Path, String, List)}, merging {@code merged} (e.g. "C1:D1") when not null. */
    static Path xlsx(Path file, String sheetName, List<List<Object>> rows, String merged) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet(sheetName);
            fill(s, rows);
            if (merged != null) s.addMergedRegion(CellRangeAddress.valueOf(merged));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    static void fill(Sheet s, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = s.createRow(r);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) continue;
                if (v instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
                else row.createCell(c).setCellValue(v.toString());
            }
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
