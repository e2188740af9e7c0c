package org.onemap.thematic.module;

import java.util.List;
import java.util.Locale;

/**
 * The identity every thematic plug-in repeats — id, bilingual title, menu order, required layers and a
 * default view over the county extent — so a module class only says what it draws.
 */
public abstract class ThematicPlugin implements ThematicModule {
    private final String id;
    private final String titleZh;
    private final String titleEn;
    private final int order;
    private final List<String> layers;

    protected ThematicPlugin(String id, String titleZh, String titleEn, int order, List<String> layers) {
        this.id = id;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.order = order;
        this.layers = List.copyOf(layers);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public String title(Locale locale) {
        return Wording.pick(locale, titleZh, titleEn);
    }

    @Override
    public final int order() {
        return order;
    }

    @Override
    public final List<String> requiredLayers() {
        return layers;
    }

    /** The module's layers over the county extent, no time window; modules with a saved frame override it. */
    @Override
    public ThematicView defaultView() {
        return ThematicView.of(id, null, layers);
    }
}
