package org.onemap.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.sample.real.CountyCensus;
import org.onemap.thematic.classify.JenksNaturalBreaks;

/** {@code classify} prints K+1 breaks of a seeded layer's numeric field and maps bad input to exits 1 and 2. */
class ClassifyCommandTest {
    @TempDir
    static Path tmp;

    static String ws;

    @BeforeAll
    static void seed() {
        ws = SeededCliWorkspace.seededOnFirstUse(tmp.resolve("ws"), 1500);
    }

    @Test
    void jenksPrintsMinimumThenEachUpperBoundMatchingTheEngineOnTheSameValues() {
        CliRun r = CliRun.of("classify", "--layer", "parcel", "--field", "area_mu", "--method", "jenks", "--classes", "5", "--workspace", ws);
        assertEquals(0, r.exit(), r::toString);
        String[] lines = r.out().strip().split("\\R");
        assertEquals(6, lines.length, "K+1 lines expected: " + r);

        double[] areas = areasViaSql();
        String[] expected = Arrays.stream(new JenksNaturalBreaks().classify(areas, 5).breaks())
                .mapToObj(ClassifyCommand::format).toArray(String[]::new);
        assertArrayEquals(expected, lines, "classify must agree with Jenks over the values `onemap sql` reads");
        assertEquals(Arrays.stream(areas).min().orElseThrow(), Double.parseDouble(lines[0]), 1e-6);
        assertEquals(Arrays.stream(areas).max().orElseThrow(), Double.parseDouble(lines[5]), 1e-6);
    }

    @Test
    void everyMethodPrintsAscendingBreaksSpanningTheData() {
        for (String method : new String[] {"equal", "quantile", "stddev", "geometric", "jenks"}) {
            CliRun r = CliRun.of("classify", "--workspace", ws, "--layer", "parcel", "--field", "area_mu", "--method", method, "--classes", "4");
            assertEquals(0, r.exit(), method + ": " + r);
            double[] b = Arrays.stream(r.out().strip().split("\\R")).mapToDouble(Double::parseDouble).toArray();
            assertTrue(b.length >= 2 && b.length <= 5, method + " printed " + b.length + " lines: " + r);
            for (int i = 1; i < b.length; i++) assertTrue(b[i] > b[i - 1], method + " breaks must ascend: " + r);
            if (!method.equals("stddev")) assertEquals(5, b.length, method + " should fill 4 classes on 1500 parcels: " + r);
        }
    }

    @Test
    void perCapitaDividesByTheRealCensusPopulationOfTheParcelsCounty() {
        CliRun r = CliRun.of("classify", "--layer", "parcel", "--field", "area_mu", "--per", "capita", "--classes", "3", "--workspace", ws);
        assertEquals(0, r.exit(), r::toString);
        Map<String, Long> population = CountyCensus.loadAll().values().stream()
                .collect(Collectors.toMap(CountyCensus::code, CountyCensus::population));
        CliRun rows = CliRun.of("sql", "SELECT area_mu, county_code FROM parcel WHERE area_mu IS NOT NULL", "--workspace", ws);
        assertEquals(0, rows.exit(), rows::toString);
        double[] rates = rows.out().strip().lines().skip(1).mapToDouble(line -> {
            String[] cols = line.split(",");
            Long people = population.get(cols[1].replace("\"", "").trim());
            return people == null ? Double.NaN : Double.parseDouble(cols[0]) / people;
        }).toArray();
        assertTrue(Arrays.stream(rates).filter(Double::isFinite).count() > 1000, "most parcels lie in a census county");
        String[] expected = Arrays.stream(new JenksNaturalBreaks().classify(rates, 3).breaks())
                .mapToObj(ClassifyCommand::format).toArray(String[]::new);
        assertArrayEquals(expected, r.out().strip().split("\\R"), r::toString);
    }

    @Test
    void perMuOfAreaMuIsAboutOne() {
        CliRun r = CliRun.of("classify", "--layer", "parcel", "--field", "area_mu", "--per", "mu", "--method", "equal", "--classes", "2", "--workspace", ws);
        assertEquals(0, r.exit(), r::toString);
        double[] b = Arrays.stream(r.out().strip().split("\\R")).mapToDouble(Double::parseDouble).toArray();
        assertTrue(b[0] > 0.9 && b[b.length - 1] < 1.1, "area_mu per mu of the parcel's own area should be ~1 (rounding only): " + r);
        assertEquals(2, CliRun.of("classify", "--layer", "parcel", "--field", "area_mu", "--per", "hectare", "--workspace", ws).exit());
    }

    @Test
    void badMethodOrClassCountIsAUsageError() {
        CliRun r = CliRun.of("classify", "--layer", "parcel", "--field", "area_mu", "--method", "kmeans", "--workspace", ws);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("unknown method 'kmeans'"), r::toString);
        assertEquals(2, CliRun.of("classify", "--layer", "parcel", "--field", "area_mu", "--classes", "0", "--workspace", ws).exit());
        assertEquals(2, CliRun.of("classify", "--layer", "parcel", "--field", "area_mu", "--classes", "many", "--workspace", ws).exit());
        assertEquals(2, CliRun.of("classify", "--field", "area_mu", "--workspace", ws).exit(), "--layer is required");
    }

    @Test
    void unknownLayerOrFieldOrTextFieldIsAnError() {
        CliRun layer = CliRun.of("classify", "--layer", "nosuch", "--field", "area_mu", "--workspace", ws);
        assertEquals(1, layer.exit(), layer::toString);
        assertTrue(layer.err().contains("onemap: error: unknown layer 'nosuch'"), layer::toString);

        CliRun field = CliRun.of("classify", "--layer", "parcel", "--field", "yield", "--workspace", ws);
        assertEquals(1, field.exit(), field::toString);
        assertTrue(field.err().contains("no field 'yield'") && field.err().contains("area_mu"), field::toString);

        CliRun text = CliRun.of("classify", "--layer", "parcel", "--field", "crop", "--workspace", ws);
        assertEquals(1, text.exit(), text::toString);
        assertTrue(text.err().contains("not numeric"), text::toString);
    }

    @Test
    void breaksPrintAsPlainDecimals() {
        assertEquals("0", ClassifyCommand.format(0));
        assertEquals("3", ClassifyCommand.format(3));
        assertEquals("-2.5", ClassifyCommand.format(-2.5));
        assertEquals("0.1", ClassifyCommand.format(0.1));
        assertEquals("1234.567891", ClassifyCommand.format(1234.56789123));
        assertEquals("0.00000000123457", ClassifyCommand.format(1.23456789e-9));
        assertEquals("12000000000", ClassifyCommand.format(1.2e10));
    }

    private static double[] areasViaSql() {
        CliRun r = CliRun.of("sql", "SELECT area_mu FROM parcel WHERE area_mu IS NOT NULL", "--workspace", ws);
        assertEquals(0, r.exit(), r::toString);
        String[] rows = r.out().strip().split("\\R");
        return Arrays.stream(rows, 1, rows.length).mapToDouble(Double::parseDouble).toArray();
    }
}
