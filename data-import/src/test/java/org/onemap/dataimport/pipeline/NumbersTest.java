package org.onemap.dataimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Numbers}' hand-written scanners accept exactly what the regexes they replace accepted. */
class NumbersTest {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");

    @Test
    void scannersMatchTheRegexes() {
        String[] texts = {"", "-", "+", ".", "-.", "5", "-5", "+5", "5.", ".5", "-.5", "5.5", "5.5.5", "1e5", "1E-5", "1e", "1e+", ".e1", "5.e3",
            "1,234", "12a", "a12", "0x10", "1_000", " 1", "1 ", "１２", "--1", "+-1", "1e5.5", "00012", "3.14159265358979323846", "NaN", "Infinity"};
        for (String t : texts) {
            assertEquals(DECIMAL.matcher(t).matches(), Numbers.isDecimal(t), t);
            assertEquals(INTEGER.matcher(t).matches(), Numbers.isInteger(t), t);
        }
    }

    @Test
    void readsSurveySheetNumbers() {
        assertEquals(1234.5, Numbers.parse("1,234.5"));
        assertEquals(3.5, Numbers.parse(" 3.5 "));
        assertEquals(12.0, Numbers.parse("１２"));
        assertEquals(-1.5, Numbers.parse("－１．５"));
        assertEquals(112.87827006448833, Numbers.parse("112.87827006448833"));
        assertNull(Numbers.parse("12a"));
        assertNull(Numbers.parse("NaN"));
        assertNull(Numbers.parse(" "));
    }
}
