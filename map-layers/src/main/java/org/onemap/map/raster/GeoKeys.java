package org.onemap.map.raster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The short-valued keys of a GeoTIFF GeoKeyDirectory (tag 34735): header {version, revision, minor,
 * count}, then per key {id, location, count, value}. A location of 0 means the value is inline —
 * true of every key OneMap needs (model type, raster type, EPSG codes); double and ASCII keys are
 * skipped.
 */
final class GeoKeys {
    static final int MODEL_TYPE = 1024;
    static final int RASTER_TYPE = 1025;
    static final int GEOGRAPHIC_TYPE = 2048;
    static final int PROJECTED_CS_TYPE = 3072;

    static final int MODEL_PROJECTED = 1;
    static final int MODEL_GEOGRAPHIC = 2;
    static final int RASTER_PIXEL_IS_POINT = 2;
    static final int USER_DEFINED = 32767;

    private final Map<Integer, Integer> shortKeys;

    private GeoKeys(Map<Integer, Integer> shortKeys) {
        this.shortKeys = shortKeys;
    }

    /** Parses the directory; throws {@link IllegalArgumentException} describing what is malformed. */
    static GeoKeys parse(List<Integer> dir) {
        if (dir == null || dir.size() < 4) throw new IllegalArgumentException("GeoKeyDirectory tag is too short");
        int count = dir.get(3);
        if (dir.size() < 4 + 4 * count) {
            throw new IllegalArgumentException("GeoKeyDirectory announces " + count + " keys but holds " + (dir.size() - 4) / 4);
        }
        Map<Integer, Integer> keys = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int at = 4 + 4 * i;
            if (dir.get(at + 1) == 0) keys.put(dir.get(at), dir.get(at + 3));
        }
        return new GeoKeys(keys);
    }

    int get(int key, int fallback) {
        return shortKeys.getOrDefault(key, fallback);
    }

    boolean pixelIsPoint() {
        return get(RASTER_TYPE, 1) == RASTER_PIXEL_IS_POINT;
    }

    /**
     * The EPSG code of the raster's CRS: ProjectedCSTypeGeoKey for projected models,
     * GeographicTypeGeoKey for geographic ones.
     *
     * @throws IllegalArgumentException for geocentric or user-defined CRSs, or when no code is given
     */
    int epsgCode() {
        int model = get(MODEL_TYPE, 0);
        int projected = get(PROJECTED_CS_TYPE, 0);
        int geographic = get(GEOGRAPHIC_TYPE, 0);
        if (model == MODEL_PROJECTED || (model == 0 && projected != 0)) {
            if (projected == USER_DEFINED || projected == 0) {
                throw new IllegalArgumentException("projected CRS is user-defined (no EPSG code in ProjectedCSTypeGeoKey);"
                        + " re-save it with gdal_translate -a_srs EPSG:n");
            }
            return projected;
        }
        if (model == MODEL_GEOGRAPHIC || (model == 0 && geographic != 0)) {
            if (geographic == USER_DEFINED || geographic == 0) {
                throw new IllegalArgumentException("geographic CRS is user-defined (no EPSG code in GeographicTypeGeoKey);"
                        + " re-save it with gdal_translate -a_srs EPSG:4326 or EPSG:4490");
            }
            return geographic;
        }
        throw new IllegalArgumentException("GTModelTypeGeoKey " + model + " is neither projected (1) nor geographic (2)");
    }
}
