package org.onemap.dataimport.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrjCrsTest {
    private static String gk(String name, String geogcs, double cm, double fe) {
        return "PROJCS[\"" + name + "\"," + geogcs + ",PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\"," + fe
                + "],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\"," + cm + "],PARAMETER[\"Scale_Factor\",1.0],"
                + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
    }

    static final String CGCS = "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],"
            + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    static final String XIAN = "GEOGCS[\"GCS_Xian_1980\",DATUM[\"D_Xian_1980\",SPHEROID[\"Xian_1980\",6378140.0,298.257]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]]";
    static final String BEIJING = "GEOGCS[\"GCS_Beijing_1954\",DATUM[\"D_Beijing_1954\",SPHEROID[\"Krasovsky_1940\",6378245.0,298.3]],"
            + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    static final String WGS = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]]";

    @Test
    void recognisesGeographicChineseDatums() {
        assertEquals(Optional.of("EPSG:4326"), PrjCrs.epsg(WGS));
        assertEquals(Optional.of("EPSG:4490"), PrjCrs.epsg(CGCS));
        assertEquals(Optional.of("EPSG:4610"), PrjCrs.epsg(XIAN));
        assertEquals(Optional.of("EPSG:4214"), PrjCrs.epsg(BEIJING));
    }

    @Test
    void recognisesCgcs2000GaussKrugerWithAndWithoutZonePrefix() {
        assertEquals(Optional.of("EPSG:4547"), PrjCrs.epsg(gk("CGCS2000_3_Degree_GK_CM_114E", CGCS, 114, 500000)));
        assertEquals(Optional.of("EPSG:4526"), PrjCrs.epsg(gk("CGCS2000_3_Degree_GK_Zone_38", CGCS, 114, 38500000)));
        assertEquals(Optional.of("EPSG:4497"), PrjCrs.epsg(gk("CGCS2000_GK_Zone_19", CGCS, 111, 19500000)));
        assertEquals(Optional.of("EPSG:4508"), PrjCrs.epsg(gk("CGCS2000_6_Degree_GK_CM_111E", CGCS, 111, 500000)));
    }

    @Test
    void recognisesXian1980AndBeijing1954GaussKruger() {
        assertEquals(Optional.of("EPSG:2383"), PrjCrs.epsg(gk("Xian_1980_3_Degree_GK_CM_114E", XIAN, 114, 500000)));
        assertEquals(Optional.of("EPSG:2362"), PrjCrs.epsg(gk("Xian_1980_3_Degree_GK_Zone_38", XIAN, 114, 38500000)));
        assertEquals(Optional.of("EPSG:21419"), PrjCrs.epsg(gk("Beijing_1954_GK_Zone_19", BEIJING, 111, 19500000)));
    }

    @Test
    void honoursAnEpsgAuthorityAndRejectsUnknownProjections() {
        assertEquals(Optional.of("EPSG:4547"), PrjCrs.epsg("PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger CM 114E\"," + CGCS
                + ",PROJECTION[\"Transverse_Mercator\"],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AUTHORITY[\"EPSG\",\"4547\"]]"));
        assertEquals(Optional.empty(), PrjCrs.epsg("PROJCS[\"Lambert\"," + BEIJING.replace("Beijing_1954", "Unknown")
                + ",PROJECTION[\"Lambert_Conformal_Conic\"],PARAMETER[\"Central_Meridian\",105.0]]"));
    }
}
