package org.onemap.app.desktop.map;

import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.collections.ListChangeListener;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * Bounds Gluon's own tile cache: the tiles on the map plus the {@code keep} most recently taken off it.
 * Gluon keeps every tile node it ever made behind a soft reference, and each of them recomputes its place
 * on every pan step, on the screen or not: after 200 new views that was 43 % of the FX thread's time in a
 * pan (BENCHMARKS.md, "Interactive pan", session 10). Keeping none was tried: views seen a little earlier
 * then took twice as long to come back (a kept node returns with its picture and texture ready), hence
 * the recent ones stay. A dropped node's picture is still in our {@link org.onemap.map.tiles.TileCache},
 * so coming back to an older view costs new nodes, not new renders.
 */
final class GluonTileCache {
    /** Tile nodes kept off the map: about ten 4K views, forty on a desktop screen. */
    static final int KEEP = 2000;
    private static final Logger LOG = Logger.getLogger(GluonTileCache.class.getName());
    private static final Field TILES = tilesField();

    private final Group baseMap;
    private final Map<Long, ? extends Reference<?>>[] tiles;
    private final int keep;
    /** Tiles taken off the map, least recently first; weakly, so Gluon's soft references still decide when memory is short. */
    private final Map<Held, Boolean> offMap = new LinkedHashMap<>();

    /** A tile node held weakly, equal to another for the same node. */
    private static final class Held {
        private final WeakReference<Node> node;
        private final int hash;

        Held(Node n) {
            node = new WeakReference<>(n);
            hash = System.identityHashCode(n);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Held h && h.node.get() != null && h.node.get() == node.get();
        }

        @Override
        public int hashCode() { return hash; }
    }

    private GluonTileCache(Group baseMap, Map<Long, ? extends Reference<?>>[] tiles, int keep) {
        this.baseMap = baseMap;
        this.tiles = tiles;
        this.keep = keep;
    }

    /** From now on, after each layout pass, drops from Gluon's cache the tiles beyond the {@code keep} taken off the map last. */
    static GluonTileCache bound(Group baseMap, int keep) {
        GluonTileCache cache = of(baseMap, keep);
        if (cache == null) return null;
        baseMap.getChildren().addListener((ListChangeListener<Node>) cache::changed);
        AfterLayout.run(baseMap, cache::trim);
        return cache;
    }

    @SuppressWarnings("unchecked")
    private static GluonTileCache of(Group baseMap, int keep) {
        if (TILES == null) return null;
        try {
            return new GluonTileCache(baseMap, (Map<Long, ? extends Reference<?>>[]) TILES.get(baseMap), keep);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot reach Gluon's tile cache; its tiles are kept until memory runs short", e);
            return null;
        }
    }

    private void changed(ListChangeListener.Change<? extends Node> c) {
        while (c.next()) {
            for (Node removed : c.getRemoved()) offMap.put(new Held(removed), Boolean.TRUE);
            for (Node added : c.getAddedSubList()) offMap.remove(new Held(added));
        }
    }

    /** Drops the tiles beyond the {@code keep} taken off the map last from Gluon's cache; returns how many. */
    int trim() {
        if (offMap.size() <= keep) return 0;
        Set<Object> drop = Collections.newSetFromMap(new IdentityHashMap<>());
        Iterator<Held> eldest = offMap.keySet().iterator();
        for (int n = offMap.size() - keep; n > 0; n--) {
            Node tile = eldest.next().node.get();
            eldest.remove();
            if (tile != null) drop.add(tile);
        }
        int dropped = 0;
        for (Map<Long, ? extends Reference<?>> level : tiles) {
            int before = level.size();
            level.values().removeIf(ref -> ref.get() == null || drop.contains(ref.get()));
            dropped += before - level.size();
        }
        return dropped;
    }

    /** Tile nodes in Gluon's cache now. */
    int size() {
        int n = 0;
        for (Map<Long, ? extends Reference<?>> level : tiles) n += level.size();
        return n;
    }

    private static Field tilesField() {
        try {
            Field f = com.gluonhq.impl.maps.BaseMap.class.getDeclaredField("tiles");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Gluon Maps' BaseMap has no tile cache field 'tiles'; its tiles are kept until memory runs short", e);
            return null;
        }
    }
}
