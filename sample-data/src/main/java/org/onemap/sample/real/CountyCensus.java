package org.onemap.sample.real;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 2020 census figures of one county-level unit (thebamboogrove/tudigong, from the NBS county tables).
 * {@code households} is derived: household population ({@code POPU × HHLD_R}) divided by the average
 * household size {@code HHLD_S}, rounded; the census CSVs give no household count directly.
 *
 * @param code 6-digit code; 430371–430373 are unofficial codes of three development zones
 * @param urbanRate share of urban population ({@code POPU_URB})
 * @param agriEmploymentRate share of employed persons working in agriculture ({@code EMPL_INDU_AGHU})
 */
public record CountyCensus(String code, String name, long population, long households, double householdSize,
                           double urbanRate, double agriEmploymentRate) {

    /** Every unit in the census files keyed by code, in file order (8 units, 2,726,181 people in total). */
    public static Map<String, CountyCensus> loadAll() {
        Map<String, Map<String, String>> households = byCode(CsvTable.read(RealData.CENSUS_HOUSEHOLDS));
        Map<String, Map<String, String>> employment = byCode(CsvTable.read(RealData.CENSUS_EMPLOYMENT));
        Map<String, CountyCensus> out = new LinkedHashMap<>();
        for (Map<String, String> row : CsvTable.read(RealData.CENSUS_POPULATION)) {
            String code = row.get("CODE").trim();
            long population = Long.parseLong(row.get("POPU").trim());
            Map<String, String> hh = households.getOrDefault(code, Map.of());
            double size = number(hh.get("HHLD_S"));
            double ratio = number(hh.get("HHLD_R"));
            long hhCount = size > 0 && ratio > 0 ? Math.round(population * ratio / size) : 0;
            double agri = number(employment.getOrDefault(code, Map.of()).get("EMPL_INDU_AGHU"));
            out.put(code, new CountyCensus(code, row.get("NAME").trim(), population, hhCount, size,
                    number(row.get("POPU_URB")), agri));
        }
        return out;
    }

    private static Map<String, Map<String, String>> byCode(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Map<String, String> r : rows) out.put(r.get("CODE").trim(), r);
        return out;
    }

    private static double number(String s) {
        if (s == null || s.isBlank()) return Double.NaN;
        return Double.parseDouble(s.trim());
    }
}
