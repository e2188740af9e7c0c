package org.onemap.datasources;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The rule for tests against real servers (PostgreSQL/PostGIS, Mosquitto, MapServer): without the server
 * a local run skips the test with the reason; with {@code CI=true} (.ci/run starts every server) it fails.
 */
public final class ServerTests {
    private ServerTests() {}

    /** Skips or, under CI, fails the calling test because its server is missing. */
    public static void unavailable(String why) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail(why + " (CI=true: server tests must run)");
        Assumptions.abort(why + " — skipping server test (set CI=true to make this a failure)");
    }
}
