package org.onemap.map.tiles;

import java.util.concurrent.LinkedBlockingDeque;

/**
 * A work queue that hands out the task queued last first. The map asks for the tiles of every view
 * it passes through; while panning or after a jump, the tiles of the view shown now were asked for
 * last, and a first-in-first-out pool would draw every tile of the views already left behind first.
 */
final class NewestFirstQueue extends LinkedBlockingDeque<Runnable> {
    @Override
    public boolean offer(Runnable task) { return offerFirst(task); }

    @Override
    public boolean add(Runnable task) {
        addFirst(task);
        return true;
    }

    @Override
    public void put(Runnable task) throws InterruptedException { putFirst(task); }
}
