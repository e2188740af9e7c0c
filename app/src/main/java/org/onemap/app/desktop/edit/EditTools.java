package org.onemap.app.desktop.edit;

/** Makes the tool for a kind; one place that knows every tool class. */
final class EditTools {
    private EditTools() {}

    static MapEditTool create(EditToolKind kind, EditContext ctx) {
        return switch (kind) {
            case SELECT -> new SelectTool(ctx);
            case DRAW_POLYGON -> new DrawPolygonTool(ctx);
            case RECTANGLE -> new RectangleTool(ctx);
            case FREEHAND -> new FreehandTool(ctx);
            case ADD_HOLE -> new AddHoleTool(ctx);
            case VERTEX -> new VertexEditTool(ctx);
            case MOVE -> new MoveTool(ctx);
            case ROTATE -> new RotateTool(ctx);
            case SPLIT -> new SplitTool(ctx);
            case RESHAPE -> new ReshapeTool(ctx);
            case CUT_OUT -> new CutOutTool(ctx);
            case COPY_FROM_LAYER -> new CopyFromLayerTool(ctx);
        };
    }
}
