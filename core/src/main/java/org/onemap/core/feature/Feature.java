package org.onemap.core.feature;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One map feature: an id, a JTS geometry in the layer's CRS, attributes in schema order and the
 * optimistic-locking version the store last saw (0 for a feature not yet stored).
 */
public final class Feature {
    private final String id;
    private final Geometry geometry;
    private final Map<String, Object> attributes;
    private final long version;

    public Feature(String id, Geometry geometry, Map<String, ?> attributes, long version) {
        this.id = id;
        this.geometry = geometry;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        this.version = version;
    }

    /** A new feature without id (the store assigns one) and version 0. */
    public static Feature create(Geometry geometry, Map<String, ?> attributes) {
        return new Feature(null, geometry, attributes, 0);
    }

    public String id() { return id; }

    public Geometry geometry() { return geometry; }

    public Map<String, Object> attributes() { return attributes; }

    public Object get(String field) { return attributes.get(field); }

    public long version() { return version; }

    public Feature withGeometry(Geometry g) { return new Feature(id, g, attributes, version); }

    public Feature withAttribute(String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(attributes);
        copy.put(field, value);
        return new Feature(id, geometry, copy, version);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Feature f && Objects.equals(id, f.id) && version == f.version
                && Objects.equals(attributes, f.attributes)
                && (geometry == null ? f.geometry == null : f.geometry != null && geometry.equalsExact(f.geometry));
    }

    @Override
    public int hashCode() { return Objects.hash(id, version, attributes); }

    @Override
    public String toString() { return "Feature[" + id + " v" + version + " " + attributes + "]"; }
}
