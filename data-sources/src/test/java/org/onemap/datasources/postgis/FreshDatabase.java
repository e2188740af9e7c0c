package org.onemap.datasources.postgis;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A new {@link ThrowawayDatabase} for each test, dropped after it:
 * {@code @RegisterExtension final FreshDatabase db = new FreshDatabase();}. It is made before the
 * class's {@code @BeforeEach} methods run, so they may already {@link #open} it; without a server the
 * test skips (fails with {@code CI=true}) as {@link ThrowawayDatabase#create()} says.
 */
public final class FreshDatabase implements BeforeEachCallback, AfterEachCallback {
    private final String admin;
    private ThrowawayDatabase db;
    private PostgisDatabase server;

    public FreshDatabase() {
        this(null);
    }

    private FreshDatabase(String admin) {
        this.admin = admin;
    }

    /** As {@link #FreshDatabase()}, with a connection as {@code admin} opened for each test: {@link #server()}. */
    public static FreshDatabase withServer(String admin) {
        return new FreshDatabase(admin);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        db = ThrowawayDatabase.create();
        if (admin != null) server = db.open(admin);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        // the drop ends the test's connections (WITH FORCE): the server connection is not closed first
        if (db != null) db.close();
        db = null;
        server = null;
    }

    /** The connection of {@link #withServer}, as the admin user: the test's view of the server. */
    public PostgisDatabase server() {
        return server;
    }

    /** Where this test's database is. */
    public PostgisAddress address() {
        return db.address();
    }

    /** A connection to this test's database as {@code user}; dropping the database ends it. */
    public PostgisDatabase open(String user) {
        return db.open(user);
    }
}
