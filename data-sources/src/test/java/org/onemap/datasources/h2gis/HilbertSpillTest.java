package org.onemap.datasources.h2gis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** The bulk load's temp file: values come back as they went in, every row once, in Hilbert order. */
class HilbertSpillTest {
    @Test
    void valuesComeBackAsTheyWentInAndCloseDeletesTheFile() {
        byte[] ewkb = new byte[70_000]; // larger than the row buffer: it must grow
        ewkb[69_999] = 7;
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 29, 4, 5, 6, 789, ZoneOffset.ofHours(8));
        Object[] row = {ewkb, "湘莲", 42, 42L, 1.5, true, false, LocalDate.of(2024, 2, 29), at, new BigDecimal("12.300"), null, "x".repeat(30_000), null, null};
        List<Object[]> back = new ArrayList<>();
        try (HilbertSpill spill = new HilbertSpill(row.length - 2, row.length)) {
            spill.add(row, new Envelope(112.9, 113.0, 27.8, 27.9));
            spill.replay(back::add);
            spill.close();
            assertFalse(Files.exists(spill.file()), "close deletes the temp file");
        }
        assertEquals(1, back.size());
        Object[] r = back.get(0);
        assertEquals(row.length, r.length, "replayed rows have room for the caller's values");
        assertArrayEquals(ewkb, (byte[]) r[0]);
        for (int i = 1; i < row.length - 2; i++) assertEquals(row[i], r[i], "value " + i);
        assertNull(r[row.length - 1]);
    }

    @Test
    void rowsAcrossTheEndsOfTheFilesMappedSegmentsComeBackWhole() {
        List<Object[]> back = new ArrayList<>();
        try (HilbertSpill spill = new HilbertSpill(2, 2)) {
            spill.segment = 96; // rows of ~20-60 bytes: many cross a segment end, some lie in the overlap
            for (int i = 0; i < 500; i++) spill.add(new Object[] {i, "湘潭".repeat(i % 7)}, new Envelope(i, i, 0, 0));
            spill.replay(back::add);
        }
        assertEquals(500, back.size());
        Set<Integer> seen = new HashSet<>();
        for (Object[] r : back) {
            int i = (Integer) r[0];
            assertEquals("湘潭".repeat(i % 7), r[1]);
            seen.add(i);
        }
        assertEquals(500, seen.size());
    }

    @Test
    void rowsComeBackOnceEachInHilbertOrderWithRowsWithoutLocationLast() {
        int side = 64;
        List<Object[]> back = new ArrayList<>();
        try (HilbertSpill spill = new HilbertSpill(1, 1)) {
            spill.add(new Object[] {-1}, null);
            for (int i = 0; i < side * side; i++) {
                double x = i % side, y = i / side; // cells in file (row-major) order
                spill.add(new Object[] {i}, new Envelope(x, x + 0.5, y, y + 0.5));
            }
            // widens the extent to 64 cells so the grid lines up with the curve's quadrants; sits where the curve ends
            spill.add(new Object[] {-2}, new Envelope(side, side + 0.5, 0, 0.5));
            spill.replay(back::add);
        }
        assertEquals(side * side + 2, back.size());
        assertEquals(-2, back.get(side * side)[0], "the curve ends at the lower right corner");
        assertEquals(-1, back.get(side * side + 1)[0], "a row without geometry goes last");
        Set<Object> seen = new HashSet<>();
        for (int k = 0; k < side * side; k++) {
            assertTrue(seen.add(back.get(k)[0]), "row " + back.get(k)[0] + " comes back once");
            if (k == 0) continue;
            int a = (Integer) back.get(k - 1)[0], b = (Integer) back.get(k)[0];
            int steps = Math.abs(a % side - b % side) + Math.abs(a / side - b / side);
            assertEquals(1, steps, "consecutive rows are neighbouring cells on a Hilbert curve (" + a + " → " + b + ")");
        }
    }
}
