package org.onemap.app.desktop.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.onemap.app.desktop.Messages;
import org.onemap.thematic.module.Indicator;
import org.onemap.thematic.module.Wording;

/** The indicators panel's texts: titles, source notes and values in the UI language. */
class IndicatorsViewModelTest {
    private final IndicatorsViewModel zh = new IndicatorsViewModel(Messages.forLocale(Messages.CHINESE));
    private final IndicatorsViewModel en = new IndicatorsViewModel(Messages.forLocale(Locale.ENGLISH));

    @Test
    void generatedFiguresSayGeneratedInTheNoteNotTwiceInTheTitle() {
        Indicator i = Indicator.figure("parcels", Wording.generated(Messages.CHINESE, "承包地块", "Parcels"), 12345, "块", true);
        assertEquals("承包地块", zh.title(i));
        assertEquals("合成数据", zh.note(i));
        assertEquals("12,345 块", zh.valueText(i));
    }

    @Test
    void censusFiguresNameTheCensus() {
        Indicator zhPop = Indicator.figure("population", Wording.census(Messages.CHINESE, "常住人口", "Resident population"), 2_726_181, "人", false);
        Indicator enPop = Indicator.figure("population", Wording.census(Locale.ENGLISH, "常住人口", "Resident population"), 2_726_181, "people", false);
        assertEquals("常住人口", zh.title(zhPop));
        assertEquals("2020年人口普查", zh.note(zhPop));
        assertEquals("Resident population", en.title(enPop));
        assertEquals("2020 census", en.note(enPop));
        assertEquals("2,726,181 people", en.valueText(enPop));
    }

    @Test
    void realFiguresWithoutCensusHaveNoNote() {
        Indicator i = Indicator.figure("townships", "乡镇街道", 70, "个", false);
        assertEquals("", zh.note(i));
        assertEquals("乡镇街道", zh.title(i));
    }

    @Test
    void unknownValuesShowADashAndSmallValuesOneDecimal() {
        assertEquals("—", zh.valueText(Indicator.figure("m", "平均土壤含水率", Double.NaN, "%", true)));
        assertEquals("23.4 %", zh.valueText(Indicator.figure("m", "平均土壤含水率", 23.44, "%", true)));
        assertEquals("7", zh.valueText(Indicator.figure("n", "站点", 7, "", true)));
    }

    @Test
    void aFigureWithoutSeriesIsAValueTileWhateverItsChartSays() {
        Indicator empty = new Indicator("x", "x", 1, "", true, Indicator.Chart.BAR, List.of());
        Indicator bars = new Indicator("y", "y", 1, "", true, Indicator.Chart.BAR, List.of(new Indicator.Datum("a", 1)));
        Indicator pie = new Indicator("z", "z", 1, "", true, Indicator.Chart.PIE, List.of(new Indicator.Datum("a", 1)));
        assertEquals(Indicator.Chart.NONE, zh.chart(empty));
        assertEquals(Indicator.Chart.BAR, zh.chart(bars));
        zh.show(List.of(empty, bars, pie));
        assertEquals(2, zh.charts(), "two of the three figures have a series to chart");
    }
}
