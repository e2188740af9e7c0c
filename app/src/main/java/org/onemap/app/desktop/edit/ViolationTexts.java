package org.onemap.app.desktop.edit;

import org.onemap.app.desktop.Messages;
import org.onemap.core.edit.topology.TopologyViolation;
import org.onemap.core.units.AreaUnit;
import org.onemap.core.units.MeasureFormat;

/** Topology violations in the UI language (the engine's own messages are English, for logs and tests). */
final class ViolationTexts {
    private final Messages messages;
    private final MeasureFormat format;

    ViolationTexts(Messages messages) {
        this.messages = messages;
        this.format = new MeasureFormat(messages.locale());
    }

    ViolationItem item(TopologyViolation v) {
        String ids = String.join(" / ", v.featureIds().stream().map(this::shortId).toList());
        String area = format.formatArea(v.areaSquareMetres(), AreaUnit.MU, 3) + " (" + format.formatArea(v.areaSquareMetres(), AreaUnit.M2) + ")";
        boolean error = TopologyReview.isError(v.rule());
        String text = messages.format("edit.topo." + v.rule().name(), ids, area);
        return new ViolationItem(v, messages.get(error ? "edit.topo.error" : "edit.topo.warning") + " " + text, error);
    }

    /** New features carry a long session id: show its first characters only. */
    private String shortId(String id) {
        return id.startsWith("new:") ? messages.format("edit.topo.newFeature", id.substring(4, Math.min(id.length(), 10))) : id;
    }
}
