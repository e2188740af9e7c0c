package org.onemap.sample.synthetic;

import java.util.SplittableRandom;

/**
 * What grows on a generated parcel and what kind of land it is. Shares follow the Xiangtan picture
 * loosely: double-cropped rice dominates, 湘潭县 (花石/射埠) is lotus country, 韶山 and 湘乡's hills
 * carry more tea and citrus, oilseed rape rotates with rice on paddy fields.
 */
final class CropMix {
    static final String RICE = "水稻";
    static final String LOTUS = "湘莲";
    static final String VEGETABLES = "蔬菜";
    static final String RAPE = "油菜";
    static final String TEA = "茶叶";
    static final String CITRUS = "柑橘";
    static final String PIGS = "生猪养殖";

    private static final String[] CROPS = {RICE, LOTUS, VEGETABLES, RAPE, TEA, CITRUS, PIGS};
    private static final double[] DEFAULT = {0.56, 0.06, 0.12, 0.10, 0.05, 0.05, 0.06};
    private static final double[] XIANGTAN_COUNTY = {0.52, 0.12, 0.11, 0.09, 0.03, 0.05, 0.08};
    private static final double[] HILLS = {0.54, 0.03, 0.11, 0.10, 0.09, 0.08, 0.05};
    private static final double[] SUBURBAN = {0.40, 0.05, 0.34, 0.08, 0.03, 0.06, 0.04};

    private CropMix() {}

    static String crop(SplittableRandom r, String countyCode) {
        double[] w = switch (countyCode) {
            case "430321" -> XIANGTAN_COUNTY;
            case "430381", "430382" -> HILLS;
            case "430302", "430304" -> SUBURBAN;
            default -> DEFAULT;
        };
        double p = r.nextDouble();
        for (int i = 0; i < CROPS.length; i++) {
            p -= w[i];
            if (p < 0) return CROPS[i];
        }
        return RICE;
    }

    /** Land use class (水田 paddy / 旱地 dry land / 园地 orchard and tea garden) for a crop. */
    static String landType(SplittableRandom r, String crop) {
        return switch (crop) {
            case RICE, LOTUS -> "水田";
            case RAPE -> r.nextInt(100) < 65 ? "水田" : "旱地";
            case VEGETABLES -> r.nextInt(100) < 20 ? "水田" : "旱地";
            case TEA, CITRUS -> "园地";
            default -> "旱地";
        };
    }

    /** Paddy crops are where high-standard farmland (高标准农田) projects concentrate. */
    static boolean paddy(String crop) {
        return RICE.equals(crop) || LOTUS.equals(crop) || RAPE.equals(crop);
    }
}
