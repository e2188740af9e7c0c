package org.onemap.app.desktop.edit;

import com.gluonhq.maps.MapLayer;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.onemap.core.edit.snap.SnapResult;

/**
 * The snap cue over the map: a square on a vertex, a diamond on an edge, an X on an intersection,
 * drawn at the snapped position. Also reports every re-layout (pan, zoom, resize) so the snap index
 * can follow the view.
 */
final class SnapCueLayer extends MapLayer {
    static final double SIZE = 7;
    private static final Color CUE = Color.rgb(255, 0, 200);
    private SnapResult cue;
    private final Runnable viewChanged;

    SnapCueLayer(Runnable viewChanged) {
        this.viewChanged = viewChanged;
        setMouseTransparent(true);
    }

    void show(SnapResult snap) {
        cue = snap;
        markDirty();
    }

    /** The kind drawn now (for tests): null when no cue shows. */
    SnapResult shown() { return getChildren().isEmpty() ? null : cue; }

    @Override
    protected void layoutLayer() {
        viewChanged.run();
        if (cue == null || baseMap == null) {
            getChildren().clear();
            return;
        }
        Point2D p = getMapPoint(cue.point().y, cue.point().x);
        if (p == null) return;
        getChildren().setAll(switch (cue.kind()) {
            case VERTEX -> styled(new Rectangle(p.getX() - SIZE, p.getY() - SIZE, 2 * SIZE, 2 * SIZE));
            case EDGE -> styled(new Polygon(p.getX(), p.getY() - SIZE - 2, p.getX() + SIZE + 2, p.getY(),
                    p.getX(), p.getY() + SIZE + 2, p.getX() - SIZE - 2, p.getY()));
            case INTERSECTION -> cross(p);
        });
    }

    private static Node styled(Shape s) {
        s.setId("snapCue");
        s.setFill(Color.rgb(255, 255, 255, 0.35));
        s.setStroke(CUE);
        s.setStrokeWidth(2.5);
        return s;
    }

    private static Node cross(Point2D p) {
        Line a = new Line(p.getX() - SIZE, p.getY() - SIZE, p.getX() + SIZE, p.getY() + SIZE);
        Line b = new Line(p.getX() - SIZE, p.getY() + SIZE, p.getX() + SIZE, p.getY() - SIZE);
        for (Line l : new Line[] {a, b}) {
            l.setStroke(CUE);
            l.setStrokeWidth(3);
        }
        javafx.scene.Group g = new javafx.scene.Group(a, b);
        g.setId("snapCue");
        return g;
    }
}
