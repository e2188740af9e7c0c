package org.onemap.app.desktop.edit;

import java.util.ArrayList;
import java.util.List;
import org.onemap.core.feature.Feature;

/** Click selects the parcel under the pointer, Shift+click adds or removes it; double-click opens its attributes. */
final class SelectTool implements MapEditTool {
    static final double PICK_PX = 3;
    private final EditContext ctx;

    SelectTool(EditContext ctx) { this.ctx = ctx; }

    @Override
    public EditToolKind kind() { return EditToolKind.SELECT; }

    @Override
    public boolean clicked(MapInput in, int count) {
        Feature f = ctx.featureAt(in.raw(), in.pixels(PICK_PX));
        if (count >= 2) {
            if (f != null) ctx.editAttributes(f.id());
            return f != null;
        }
        if (f == null) {
            if (!in.shift()) ctx.select(List.of());
            return true;
        }
        List<String> sel = new ArrayList<>(ctx.selection());
        if (in.shift()) {
            if (!sel.remove(f.id())) sel.add(f.id());
        } else {
            sel = List.of(f.id());
        }
        ctx.select(sel);
        return true;
    }
}
