package org.onemap.app.live;

import java.time.Instant;

/**
 * A snapshot of one supervised source: its state, since when it is stale or disconnected ({@code null}
 * while connected), failed attempts in a row, messages received and the last problem.
 */
public record FeedStatus(String name, FeedState state, Instant staleSince, int failedAttempts, long messages, String lastProblem) {}
