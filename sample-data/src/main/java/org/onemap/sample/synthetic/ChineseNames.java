package org.onemap.sample.synthetic;

import java.util.SplittableRandom;

/**
 * Plausible (invented) Chinese personal names for generated owners and operators: a surname drawn by
 * rough frequency in Hunan, or from a village's own clan surnames, plus a one- or two-character
 * given name.
 */
final class ChineseNames {
    private static final String[] SURNAMES = {
        "刘", "李", "王", "陈", "张", "周", "彭", "谭", "罗", "唐", "曾", "胡", "黄", "邓", "杨", "毛",
        "欧阳", "赵", "吴", "龙", "易", "贺", "蒋", "肖", "文", "郭", "袁", "朱", "石", "颜", "戴", "成"
    };
    /** Relative weights of {@link #SURNAMES}: common names first. */
    private static final int[] WEIGHTS = {
        12, 11, 10, 9, 9, 7, 6, 6, 6, 5, 5, 5, 5, 5, 5, 4,
        2, 3, 3, 2, 3, 2, 2, 3, 2, 3, 2, 2, 2, 2, 1, 1
    };
    private static final int TOTAL;

    static {
        int t = 0;
        for (int w : WEIGHTS) t += w;
        TOTAL = t;
    }

    private static final String GIVEN =
            "建国华明志强军平红英秀兰桂芳德福春海文光云友胜长金石伟勇辉玉梅凤林清新正永红跃进利民学雪菊冬秋桃荷湘潭湘韶松柏满贵";

    private ChineseNames() {}

    static String surname(SplittableRandom r) {
        int p = r.nextInt(TOTAL);
        for (int i = 0; i < SURNAMES.length; i++) {
            p -= WEIGHTS[i];
            if (p < 0) return SURNAMES[i];
        }
        return SURNAMES[0];
    }

    /** A full name; about 60 % of the time the surname is one of the two {@code clan} surnames. */
    static String person(SplittableRandom r, String[] clan) {
        int p = r.nextInt(100);
        String family = clan != null && p < 40 ? clan[0] : clan != null && p < 60 ? clan[1] : surname(r);
        StringBuilder name = new StringBuilder(family);
        int chars = r.nextInt(100) < 70 ? 2 : 1;
        for (int i = 0; i < chars; i++) name.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        return name.toString();
    }

    /** Two distinct surnames dominating one village (most Hunan villages are a few clans). */
    static String[] clan(SplittableRandom r) {
        String a = surname(r);
        String b = surname(r);
        while (b.equals(a)) b = surname(r);
        return new String[] {a, b};
    }
}
