package org.onemap.map.extrude;

import javafx.scene.Group;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The JavaFX 3D nodes of an extrusion map: one {@link MeshView} per colour class (its user data is
 * the {@link ClassMesh}, so a pick result leads back to the feature), the textured base-map plane and
 * the outline of a selected feature. Call on the FX thread.
 */
public final class ExtrusionNodes {
    private ExtrusionNodes() {}

    /** One mesh view per class mesh of {@code model}, in class order. */
    public static Group classViews(ExtrusionModel model) {
        Group g = new Group();
        g.setId("extrusionMeshes");
        for (ClassMesh m : model.meshes()) {
            MeshView v = new MeshView(m.toTriangleMesh());
            v.setId("extrusionClass-" + m.classIndex());
            v.setUserData(m);
            v.setMaterial(material(m.colour()));
            g.getChildren().add(v);
        }
        return g;
    }

    /** The class mesh behind a picked node, or null when the node is not an extrusion. */
    public static ClassMesh classMeshOf(javafx.scene.Node picked) {
        return picked instanceof MeshView v && v.getUserData() instanceof ClassMesh m ? m : null;
    }

    /**
     * A ground plane (z = 0) over {@code local} (metres, x east, y north) showing {@code texture}
     * north up; the picture must show exactly that box.
     */
    public static MeshView basePlane(Image texture, Envelope local) {
        float x0 = (float) local.getMinX();
        float x1 = (float) local.getMaxX();
        float yTop = (float) -local.getMaxY();   // north edge, scene y points south
        float yBottom = (float) -local.getMinY();
        TriangleMesh mesh = new TriangleMesh();
        mesh.getPoints().setAll(x0, yTop, 0, x1, yTop, 0, x1, yBottom, 0, x0, yBottom, 0);
        mesh.getTexCoords().setAll(0, 0, 1, 0, 1, 1, 0, 1);
        // counter-clockwise seen from above (−z), like the roofs
        mesh.getFaces().setAll(0, 0, 3, 3, 2, 2, 0, 0, 2, 2, 1, 1);
        MeshView plane = new MeshView(mesh);
        plane.setId("extrusionBaseMap");
        PhongMaterial m = new PhongMaterial(Color.WHITE);
        m.setDiffuseMap(texture);
        m.setSpecularColor(Color.BLACK);
        plane.setMaterial(m);
        return plane;
    }

    /**
     * A slightly larger and taller copy of one feature in a bright colour: the highlight of a selected
     * feature, drawn around its own walls rather than on them (no z-fighting).
     */
    public static MeshView highlight(LocalMetres frame, Geometry lonLat, double height, Color colour) {
        double grow = Math.max(2, Math.sqrt(Math.max(0, frame.project(lonLat).getArea())) * 0.04);
        ClassMesh m = ExtrusionBuilder.single(frame, lonLat, height * 1.02 + grow * 0.5, grow, 0);
        MeshView v = new MeshView(m.toTriangleMesh());
        v.setId("extrusionHighlight");
        v.setMouseTransparent(true);
        v.setMaterial(new PhongMaterial(colour));
        return v;
    }

    private static PhongMaterial material(int argb) {
        Color c = Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
        PhongMaterial m = new PhongMaterial(c);
        m.setSpecularColor(Color.gray(0.25));
        m.setSpecularPower(24);
        return m;
    }
}
