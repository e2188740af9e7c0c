package org.onemap.app.desktop.extrude;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point3D;
import javafx.scene.AmbientLight;
import javafx.scene.DirectionalLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import org.onemap.core.feature.Feature;
import org.onemap.map.extrude.ExtrudedFeature;
import org.onemap.map.extrude.ExtrusionNodes;

/**
 * The 3D part of the extrusion window: a depth-buffered {@link SubScene} holding the base-map plane,
 * one merged mesh per colour class, the highlight of the selected feature and the lights, seen by a
 * perspective camera bound to the view-model's {@link OrbitCamera}. Drag orbits, right- or
 * shift-drag tilts, the wheel zooms and a click picks (face → feature).
 */
final class ExtrusionSceneView extends Pane {
    /** {@code -Donemap.3d.antialiasing=false} turns multisampling off for slow software GL. */
    static final String ANTIALIASING_PROPERTY = "onemap.3d.antialiasing";
    static final Color HIGHLIGHT = Color.web("#00a8ff");
    private static final Color SKY = Color.web("#dfe7ee");

    private final ExtrusionViewModel vm;
    private final Group content = new Group();
    private final Group highlight = new Group();
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final SubScene subScene;
    private double lastX;
    private double lastY;

    ExtrusionSceneView(ExtrusionViewModel vm) {
        this.vm = vm;
        setId("extrusionScene");
        AmbientLight ambient = new AmbientLight(Color.gray(0.42));
        // high sun from the west-south-west: roofs brightest, west walls half lit, the south walls the
        // camera faces in shade, so every block reads as a solid
        DirectionalLight sun = new DirectionalLight(Color.gray(0.72));
        sun.setDirection(new Point3D(0.6, -0.25, 1));
        Group world = new Group(content, highlight, ambient, sun);
        subScene = new SubScene(world, 100, 100, true, Boolean.parseBoolean(System.getProperty(ANTIALIASING_PROPERTY, "true"))
                ? SceneAntialiasing.BALANCED : SceneAntialiasing.DISABLED);
        subScene.setId("extrusionSubScene");
        subScene.setFill(SKY);
        subScene.setCamera(camera);
        subScene.widthProperty().bind(widthProperty());
        subScene.heightProperty().bind(heightProperty());
        getChildren().add(subScene);
        setMinSize(200, 200);
        bindCamera(vm.camera());
        wireMouse();
        vm.sceneProperty().addListener((o, was, now) -> show(now));
        vm.selectedProperty().addListener((o, was, now) -> showSelection(now));
        if (vm.getScene() != null) show(vm.getScene());
    }

    SubScene subScene() { return subScene; }

    PerspectiveCamera camera() { return camera; }

    /** Whether a selected feature's highlight is in the scene. */
    boolean highlightShown() { return !highlight.getChildren().isEmpty(); }

    /** The class meshes' group (its children are the merged meshes), or null before a scene is loaded. */
    Group meshes() {
        return content.getChildren().size() > 1 ? (Group) content.getChildren().get(1) : null;
    }

    private void bindCamera(OrbitCamera c) {
        Translate pivot = new Translate();
        pivot.xProperty().bind(c.pivotXProperty());
        pivot.yProperty().bind(c.pivotYProperty());
        Rotate heading = new Rotate(0, Rotate.Z_AXIS);
        heading.angleProperty().bind(c.headingProperty());
        Rotate tilt = new Rotate(0, Rotate.X_AXIS);
        tilt.angleProperty().bind(c.tiltProperty());
        Translate back = new Translate();
        back.zProperty().bind(c.distanceProperty().negate());
        camera.getTransforms().setAll(pivot, heading, tilt, back);
        camera.setFieldOfView(34);
        camera.nearClipProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(c::nearClip, c.distanceProperty()));
        camera.farClipProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(c::farClip, c.distanceProperty()));
    }

    private void wireMouse() {
        // JavaFX re-picks under the pointer on every pulse, which over 100k triangles costs a frame's
        // budget: the meshes are pickable only between a press and the release of a click
        subScene.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            lastX = e.getSceneX();
            lastY = e.getSceneY();
            meshesPickable(e.getButton() == MouseButton.PRIMARY);
        });
        subScene.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double dx = e.getSceneX() - lastX;
            double dy = e.getSceneY() - lastY;
            lastX = e.getSceneX();
            lastY = e.getSceneY();
            if (!e.isStillSincePress()) meshesPickable(false);   // a drag, not a click: no picking
            if (e.getButton() == MouseButton.SECONDARY || e.isShiftDown()) vm.camera().tilt(-dy);
            else vm.camera().orbit(dx);
        });
        subScene.setOnScroll(e -> vm.camera().zoom(e.getDeltaY()));
        subScene.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            meshesPickable(false);
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) return;
            PickResult r = e.getPickResult();
            vm.pick(r == null ? null : ExtrusionNodes.classMeshOf(r.getIntersectedNode()), r == null ? -1 : r.getIntersectedFace());
        });
    }

    private void meshesPickable(boolean on) {
        Group m = meshes();
        if (m != null) m.setMouseTransparent(!on);
    }

    private void show(ExtrusionScene s) {
        highlight.getChildren().clear();
        if (s == null) {
            content.getChildren().clear();
            return;
        }
        var plane = ExtrusionNodes.basePlane(SwingFXUtils.toFXImage(s.baseMap().image(), null), s.baseMap().localBounds());
        Group classes = ExtrusionNodes.classViews(s.model());
        classes.setMouseTransparent(true);
        content.getChildren().setAll(plane, classes);
    }

    private void showSelection(ExtrudedFeature f) {
        Feature source = vm.selectedFeature();
        ExtrusionScene s = vm.getScene();
        if (f == null || source == null || s == null || source.geometry() == null) {
            highlight.getChildren().clear();
            return;
        }
        highlight.getChildren().setAll(ExtrusionNodes.highlight(s.model().frame(), source.geometry(), f.height(), HIGHLIGHT));
    }
}
