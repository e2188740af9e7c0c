package org.onemap.app.desktop.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onemap.app.desktop.Messages;
import org.onemap.core.feature.Feature;

/** The attribute form generated from the parcel schema, validated without a toolkit. */
class AttributeFormModelTest {
    private static final List<Feature> EXISTING = List.of(
            new Feature("1", null, Map.of("crop", "水稻", "parcel_code", "430321-012-00001"), 1),
            new Feature("2", null, Map.of("crop", "湘莲", "parcel_code", "430321-012-00002"), 1));

    private static AttributeFormModel form(Locale locale) {
        return new AttributeFormModel("t", EditFixture.PARCEL, Map.of("generated", false),
                FieldDomains.of(EditFixture.PARCEL, EXISTING), Messages.forLocale(locale));
    }

    @Test
    void theParcelCodePatternGatesTheFormWithTheBundleMessage() {
        AttributeFormModel f = form(Messages.CHINESE);
        assertFalse(f.isValid(), "parcel_code is required");
        assertEquals("地块编码为必填项", f.field("parcel_code").getError());
        f.field("parcel_code").setText("430321-12-345");
        assertFalse(f.isValid());
        assertTrue(f.field("parcel_code").getError().contains("430321-012-00345"), f.field("parcel_code").getError());
        f.field("parcel_code").setText("430321-012-00345");
        assertTrue(f.isValid(), f.firstError());
        AttributeFormModel en = form(Locale.ENGLISH);
        en.field("parcel_code").setText("x");
        assertTrue(en.firstError().startsWith("Parcel code must be"), en.firstError());
    }

    @Test
    void typedFieldsAndTheCropListFromTheLayer() {
        AttributeFormModel f = form(Messages.CHINESE);
        f.field("parcel_code").setText("430321-012-00345");
        assertEquals(List.of("水稻", "湘莲"), f.field("crop").domain(), "the crop list comes from the layer's values");
        assertTrue(f.field("parcel_code").domain().isEmpty(), "codes are never a pick list");
        f.field("crop").setText("小麦");
        assertFalse(f.isValid(), "a crop outside the list is refused");
        f.field("crop").setText("湘莲");
        f.field("plots").setText("three");
        assertFalse(f.field("plots").isValid());
        f.field("plots").setText("3");
        f.field("area_mu").setText("1.25");
        f.field("surveyed").setText("2026-11-28");
        f.field("generated").setText("true");
        assertTrue(f.isValid(), f.firstError());
        Map<String, Object> values = f.attributes();
        assertEquals(3, values.get("plots"));
        assertEquals(1.25, values.get("area_mu"));
        assertEquals(LocalDate.of(2026, 11, 28), values.get("surveyed"));
        assertEquals(Boolean.TRUE, values.get("generated"));
        assertEquals("湘莲", values.get("crop"));
    }
}
