package org.onemap.app.live;

/** How a live source is doing, as the wall shows it. */
public enum FeedState {
    /** Connected and its messages are recent. */
    CONNECTED,
    /** Not connected: the supervisor is retrying with backoff. */
    RECONNECTING,
    /** Connected, but no message for longer than the stale time. */
    STALE
}
