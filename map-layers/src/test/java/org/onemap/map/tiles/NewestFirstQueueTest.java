package org.onemap.map.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NewestFirstQueueTest {
    @Test
    void aBusyPoolRunsTheTileAskedForLastFirst() throws Exception {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new NewestFirstQueue());
        try {
            CountDownLatch busy = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            pool.execute(() -> {
                busy.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertTrue(busy.await(10, TimeUnit.SECONDS));
            List<String> ran = new CopyOnWriteArrayList<>();
            CountDownLatch done = new CountDownLatch(3);
            for (String tile : List.of("view passed 1", "view passed 2", "view shown now")) {
                pool.execute(() -> {
                    ran.add(tile);
                    done.countDown();
                });
            }
            release.countDown();
            assertTrue(done.await(10, TimeUnit.SECONDS));
            assertEquals(List.of("view shown now", "view passed 2", "view passed 1"), ran,
                    "queued tiles run newest first, so the view on screen is drawn before the ones left behind");
        } finally {
            pool.shutdownNow();
        }
    }
}
