package org.onemap.sample.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.onemap.core.feature.Feature;
import org.onemap.core.geodesy.EllipsoidalMeasure;
import org.onemap.core.units.AreaUnit;
import org.onemap.sample.SampleLayer;
import org.onemap.sample.real.RealLayers;

class ParcelGenerationTest {
    private static final Pattern PARCEL_CODE = Pattern.compile("^\\d{6}-\\d{3}-\\d{5}$");
    private static final Set<String> CROPS = Set.of("水稻", "湘莲", "蔬菜", "油菜", "茶叶", "柑橘", "生猪养殖");

    private static SyntheticLayers generator;
    private static List<Feature> parcels;

    @BeforeAll
    static void generateDefault() {
        generator = new SyntheticLayers();
        parcels = generator.parcels(SyntheticLayers.DEFAULT_PARCELS).features();
    }

    @Test
    void generatesExactlyTheRequestedCount() {
        assertEquals(SyntheticLayers.DEFAULT_PARCELS, parcels.size());
        assertEquals(1234, generator.parcels(1234).size(), "odd counts must come out exact too");
        assertEquals(0, generator.parcels(0).size());
    }

    @Test
    void everyParcelLiesInsideItsCounty() {
        Map<String, PreparedGeometry> counties = new HashMap<>();
        for (Feature c : RealLayers.county().features()) {
            counties.put((String) c.get("adcode"), PreparedGeometryFactory.prepare(c.geometry()));
        }
        for (Feature p : parcels) {
            PreparedGeometry county = counties.get((String) p.get("county_code"));
            assertTrue(county != null && county.contains(p.geometry()),
                    "parcel " + p.get("parcel_code") + " is not inside county " + p.get("county_code") + ": " + p.geometry());
        }
    }

    @Test
    void parcelsNeverOverlapTheirNeighbours() {
        STRtree index = new STRtree();
        for (Feature p : parcels) index.insert(p.geometry().getEnvelopeInternal(), p);
        // every 7th parcel against everything near it: a few thousand parcels and all their neighbours
        for (int i = 0; i < parcels.size(); i += 7) {
            Feature p = parcels.get(i);
            Geometry g = p.geometry();
            assertTrue(g.isValid(), "invalid parcel " + p.get("parcel_code") + ": " + g);
            @SuppressWarnings("unchecked")
            List<Feature> near = index.query(g.getEnvelopeInternal());
            for (Feature q : near) {
                if (q == p) continue;
                assertTrue(!g.intersects(q.geometry()),
                        "parcels " + p.get("parcel_code") + " and " + q.get("parcel_code") + " overlap or touch");
            }
        }
    }

    @Test
    void parcelCodesAreWellFormedUniqueAndMatchTheAdminCodes() {
        Set<String> seen = new HashSet<>();
        for (Feature p : parcels) {
            String code = (String) p.get("parcel_code");
            assertTrue(PARCEL_CODE.matcher(code).matches(), "parcel_code " + code + " is not like 430321-012-00345");
            assertTrue(seen.add(code), "duplicate parcel_code " + code);
            String county = (String) p.get("county_code");
            String township = (String) p.get("township_code");
            assertTrue(code.startsWith(county + "-" + township.substring(6, 9) + "-"),
                    code + " does not match county " + county + " / township " + township);
            String village = (String) p.get("village_code");
            assertTrue(village != null && village.matches("\\d{12}") && village.startsWith(county),
                    "village_code " + village + " of " + code + " is not a 12-digit code in county " + county);
        }
    }

    @Test
    void attributesLookLikeAFarmlandSurvey() {
        Map<String, Integer> crops = new HashMap<>();
        Map<String, Integer> counties = new HashMap<>();
        int highStandard = 0;
        for (Feature p : parcels) {
            String crop = (String) p.get("crop");
            assertTrue(CROPS.contains(crop), "unexpected crop " + crop);
            crops.merge(crop, 1, Integer::sum);
            counties.merge((String) p.get("county_code"), 1, Integer::sum);
            double mu = (Double) p.get("area_mu");
            assertTrue(mu >= 0.5 && mu <= 20, p.get("parcel_code") + " has " + mu + " mu; expected 0.5–20");
            assertEquals(mu, AreaUnit.MU.fromSquareMetres(EllipsoidalMeasure.area(p.geometry())), 0.01, "area_mu disagrees with the geometry of " + p.get("parcel_code"));
            assertTrue(Set.of("水田", "旱地", "园地").contains((String) p.get("land_type")), "land_type " + p.get("land_type"));
            String owner = (String) p.get("owner");
            assertTrue(owner != null && owner.length() >= 2 && owner.length() <= 4, "owner " + owner);
            if ((Boolean) p.get("high_standard")) highStandard++;
            assertEquals(Boolean.TRUE, p.get("generated"));
        }
        int rice = crops.get("水稻");
        crops.forEach((crop, n) -> assertTrue(crop.equals("水稻") || n < rice, "rice must dominate: " + crops));
        double hsShare = highStandard / (double) parcels.size();
        assertTrue(hsShare > 0.25 && hsShare < 0.35, "high-standard share " + hsShare + ", expected ≈ 0.30");
        int xiangtan = counties.get("430321"), xiangxiang = counties.get("430381");
        counties.forEach((c, n) -> assertTrue(c.equals("430321") || c.equals("430381") || n < Math.min(xiangtan, xiangxiang),
                "湘潭县 and 湘乡市 must carry the most parcels: " + counties));
        assertEquals(5, counties.size(), "parcels should reach all 5 counties: " + counties);
    }

    @Test
    void sameSeedAndCountGiveIdenticalParcels() {
        List<Feature> a = new SyntheticLayers(7).parcels(3000).features();
        List<Feature> b = new SyntheticLayers(7).parcels(3000).features();
        assertEquals(a, b, "the generator must be deterministic for a given seed and count");
        List<Feature> streamed = new ArrayList<>();
        new SyntheticLayers(7).forEachParcel(3000, streamed::add);
        assertEquals(a, streamed, "forEachParcel and parcels must produce the same features");
        assertNotEquals(a, new SyntheticLayers(8).parcels(3000).features(), "another seed should give other parcels");
    }

    @Test
    void refusesCountsBeyondTheParcelCodeRange() {
        assertThrows(IllegalArgumentException.class, () -> generator.forEachParcel(SyntheticLayers.MAX_PARCELS + 1, f -> { }));
        assertThrows(IllegalArgumentException.class, () -> generator.forEachParcel(-1, f -> { }));
    }

    @Test
    void parcelSchemaCarriesTheColumnsOtherToolsRelyOn() {
        SampleLayer layer = generator.parcels(10);
        for (String field : List.of("parcel_code", "crop", "area_mu", "owner", "village_code", "county_code",
                "township_name", "land_type", "high_standard", "generated")) {
            assertTrue(layer.schema().field(field).isPresent(), "parcel schema lacks " + field);
            for (Feature f : layer.features()) assertTrue(f.attributes().containsKey(field), "parcel lacks " + field);
        }
    }
}
