package org.onemap.app.live;

import java.util.function.Consumer;

/** An open live source (an MQTT subscription, a replay): delivers updates until closed. */
public interface FeedConnection extends AutoCloseable {
    boolean isConnected();

    @Override
    void close();

    /** Opens connections to one live source; {@link LiveFeedSupervisor} calls it again after a drop. */
    @FunctionalInterface
    interface Connector {
        /** @throws Exception when the source cannot be reached now (the supervisor retries later) */
        FeedConnection connect(Consumer<LiveUpdate> sink) throws Exception;
    }
}
