package org.onemap.map.tiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tiles asked for and not yet being drawn, handed out best first: tiles the view shows now
 * ({@link TileFocus}), nearest its centre first, so the middle of a new view appears first and the view
 * is complete before its margin is drawn; then the others newest first, so the views passed through
 * while panning wait behind the one arrived at. The order is decided when a worker takes a tile, not
 * when it was asked for, so a view that moves on re-orders what is still waiting.
 *
 * @param <J> what the caller keeps with each tile (e.g. who waits for it)
 */
final class PendingTiles<J> {
    private final LinkedHashMap<TileKey, J> byAge = new LinkedHashMap<>();
    private TileFocus focus;

    /** Queues a tile as the newest; returns the job it replaces if the tile was waiting already, else null. */
    synchronized J add(TileKey key, J job) {
        J old = byAge.remove(key);
        byAge.put(key, job);
        return old;
    }

    /** What the view shows from now on (null: no view, newest first only). */
    synchronized void focus(TileFocus f) { focus = f; }

    synchronized TileFocus focus() { return focus; }

    /** Takes the best tile to draw next, or null if none waits. */
    synchronized Map.Entry<TileKey, J> next() {
        if (byAge.isEmpty()) return null;
        Map.Entry<TileKey, J> best = null;
        double bestDistance = Double.MAX_VALUE;
        Map.Entry<TileKey, J> newest = null;
        for (Map.Entry<TileKey, J> e : byAge.entrySet()) {
            newest = e;
            if (focus != null && focus.contains(e.getKey())) {
                double d = focus.distanceSq(e.getKey());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = e;
                }
            }
        }
        Map.Entry<TileKey, J> chosen = best != null ? best : newest;
        Map.Entry<TileKey, J> taken = Map.entry(chosen.getKey(), chosen.getValue());
        byAge.remove(chosen.getKey());
        return taken;
    }

    /** Drops a tile that will not be drawn after all; returns its job, or null. */
    synchronized J remove(TileKey key) { return byAge.remove(key); }

    synchronized int size() { return byAge.size(); }

    /** The waiting tiles, oldest first (for diagnostics and tests). */
    synchronized List<TileKey> waiting() { return List.copyOf(byAge.keySet()); }
}
