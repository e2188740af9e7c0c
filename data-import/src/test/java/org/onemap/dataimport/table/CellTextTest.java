package org.onemap.dataimport.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast paths of {@link CellText} give exactly what the BigDecimal round trip they replace gave. */
class CellTextTest {
    private static String reference(String raw) {
        try {
            double d = Double.parseDouble(raw);
            if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    @Test
    void cellValuesReadAsTheBigDecimalRoundTripReadThem() {
        String[] edge = {"0", "-0", "0.0", "-0.0", "1", "10", "1000", "1.0", "1.10", "0.5", "-0.5", "0.002", "2.0E-3", "1E+3", "1e21",
            "112.87827006448833", "27.862561803355337", "430321001001", "4.30321001001E11", "38391648.71", "0.10000000000000001",
            "123456789012345", "1234567890123456", "99999999999999999", "007", "1.", ".5", "abc", "", "NaN", "1.7976931348623157E308", "4.9E-324",
            "-112.9083", "12345678.9", "0.000123"};
        for (String s : edge) assertEquals(reference(s), CellText.number(s), s);
        SplittableRandom r = new SplittableRandom(4);
        for (int i = 0; i < 200_000; i++) {
            double d = switch (i % 4) {
                case 0 -> r.nextDouble(-180, 180);
                case 1 -> Math.round(r.nextDouble(0, 1e6) * 100) / 100.0;
                case 2 -> r.nextDouble() * Math.pow(10, r.nextInt(-12, 22));
                default -> (double) r.nextLong(-1_000_000_000_000L, 1_000_000_000_000L);
            };
            String raw = Double.toString(d);
            assertEquals(reference(raw), CellText.number(raw), raw);
            String plain = new BigDecimal(raw).toPlainString();
            assertEquals(reference(plain), CellText.number(plain), plain);
        }
    }

    @Test
    void onlyCanonicalShortDecimalsSkipTheParse() {
        assertTrue(CellText.isPlain("112.9083"));
        assertTrue(CellText.isPlain("-0.5"));
        assertTrue(CellText.isPlain("430321001001"));
        assertFalse(CellText.isPlain("0"));            // zero: -0 and 0 both read "0"
        assertFalse(CellText.isPlain("1.10"));         // trailing zero
        assertFalse(CellText.isPlain("007"));          // leading zero
        assertFalse(CellText.isPlain("1E+3"));
        assertFalse(CellText.isPlain("112.87827006448833")); // 17 digits: may not be the double's shortest form
    }
}
