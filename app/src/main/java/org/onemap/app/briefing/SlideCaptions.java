package org.onemap.app.briefing;

import java.util.Locale;

/** The words printed under a slide's map in PDF and PPTX: date, data sources and the generated-data note. */
final class SlideCaptions {
    private final boolean english;

    SlideCaptions(Locale locale) {
        this.english = locale.getLanguage().equals("en");
    }

    String date(Slide s) {
        return (english ? "Date: " : "日期：") + s.date();
    }

    String sources(Slide s) {
        return (english ? "Data sources: " : "数据来源：") + String.join(english ? "; " : "；", s.sources());
    }

    /** The note, or null when the slide shows no generated data. */
    String generatedNote(Slide s) {
        if (!s.generatedData()) return null;
        return english ? "Note: this map shows generated (synthetic) data for demonstration, not survey results."
                : "注：本图含生成（模拟）数据，仅供演示，不是调查成果。";
    }

    String page(int n, int of) {
        return english ? "Slide " + n + " of " + of : "第 " + n + " / " + of + " 页";
    }
}
