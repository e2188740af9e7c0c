package org.onemap.app.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Keeps one live source connected for an unattended wall. {@link #poll()} (each second) connects when
 * due, notices a dropped connection and schedules the next attempt by {@link Backoff}; a source that is
 * connected but silent for {@code staleAfter} is {@link FeedState#STALE}. Deterministic given its clock,
 * so tests drive it by hand; {@link #start} polls it on a scheduler.
 */
public final class LiveFeedSupervisor implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LiveFeedSupervisor.class.getName());

    private final String name;
    private final FeedConnection.Connector connector;
    private final Backoff backoff;
    private final Clock clock;
    private final Duration staleAfter;
    private final Consumer<LiveUpdate> sink;
    private final AtomicLong messages = new AtomicLong();
    private volatile Instant lastMessageAt;
    private FeedConnection connection;
    private Instant connectedAt;
    private Instant downSince;
    private Instant nextAttemptAt;
    private int failed;
    private String lastProblem;
    private FeedState state = FeedState.RECONNECTING;
    private ScheduledFuture<?> polling;
    private boolean closed;

    public LiveFeedSupervisor(String name, FeedConnection.Connector connector, Backoff backoff, Clock clock,
                              Duration staleAfter, Consumer<LiveUpdate> sink) {
        this.name = name;
        this.connector = connector;
        this.backoff = backoff;
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.sink = sink;
        this.downSince = clock.instant();
        this.nextAttemptAt = downSince;
    }

    public String name() { return name; }

    /** Polls every {@code period} on {@code scheduler} until closed. */
    public synchronized void start(ScheduledExecutorService scheduler, Duration period) {
        if (polling != null) return;
        polling = scheduler.scheduleWithFixedDelay(() -> {
            try {
                poll();
            } catch (RuntimeException e) {
                LOG.warning("wall: live source " + name + ": " + e);
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Connects if due, detects drops, updates the state. */
    public synchronized void poll() {
        if (closed) return;
        Instant now = clock.instant();
        if (connection != null && !connection.isConnected()) {
            lastProblem = "connection lost";
            LOG.info("wall: live source " + name + " dropped; retrying with backoff");
            dropConnection(now);
            nextAttemptAt = now.plus(backoff.delay(0));
            failed = 0;
        }
        if (connection == null && !now.isBefore(nextAttemptAt)) attempt(now);
        state = stateAt(now);
    }

    private void attempt(Instant now) {
        try {
            connection = connector.connect(this::received);
            connectedAt = now;
            failed = 0;
            lastProblem = null;
        } catch (Exception e) {
            Duration wait = backoff.delay(failed);
            failed++;
            nextAttemptAt = now.plus(wait);
            lastProblem = e.getMessage();
            LOG.info("wall: live source " + name + " unreachable (" + e.getMessage() + "); attempt " + failed + ", next in " + wait.toMillis() + " ms");
        }
    }

    private void dropConnection(Instant now) {
        try {
            connection.close();
        } catch (RuntimeException ignored) {
            // already broken
        }
        connection = null;
        downSince = lastMessageAt != null && lastMessageAt.isBefore(now) ? lastMessageAt : now;
    }

    private FeedState stateAt(Instant now) {
        if (connection == null) return FeedState.RECONNECTING;
        Instant heard = lastMessageAt != null && lastMessageAt.isAfter(connectedAt) ? lastMessageAt : connectedAt;
        return Duration.between(heard, now).compareTo(staleAfter) > 0 ? FeedState.STALE : FeedState.CONNECTED;
    }

    private void received(LiveUpdate u) {
        lastMessageAt = clock.instant();
        messages.incrementAndGet();
        sink.accept(u);
    }

    public synchronized FeedState state() { return state; }

    /**
     * The state and "stale since": the last message (else the connect or the drop) while not connected
     * and fresh; null while connected and fresh, or before the first connection ever succeeded.
     */
    public synchronized FeedStatus status() {
        Instant since = switch (state) {
            case CONNECTED -> null;
            case STALE -> lastMessageAt != null && lastMessageAt.isAfter(connectedAt) ? lastMessageAt : connectedAt;
            case RECONNECTING -> lastMessageAt != null ? lastMessageAt : connectedAt != null ? downSince : null;
        };
        return new FeedStatus(name, state, since, failed, messages.get(), lastProblem);
    }

    /** When the next connection attempt is due (meaningful while reconnecting). */
    public synchronized Instant nextAttemptAt() { return nextAttemptAt; }

    @Override
    public synchronized void close() {
        closed = true;
        if (polling != null) polling.cancel(false);
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
