package org.onemap.datasources.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.onemap.core.spi.DataSourceException;

/** Addresses and connection errors: no server needed. */
class PostgisAddressTest {
    @Test
    void unreachableServerIsReportedWithItsAddress() {
        PostgisAddress dead = PostgisAddress.parse("postgresql://127.0.0.1:1/nowhere");
        DataSourceException e = assertThrows(DataSourceException.class, () -> PostgisDatabase.open(dead, "x"));
        assertTrue(e.getMessage().startsWith("cannot connect to postgresql://127.0.0.1:1/nowhere"), e.getMessage());
    }

    @Test
    void addressParsesUserTextAndHidesThePassword() {
        PostgisAddress a = PostgisAddress.parse("postgresql://alice:s3cret@db.example:6543/city");
        assertEquals("db.example", a.host());
        assertEquals(6543, a.port());
        assertEquals("city", a.database());
        assertEquals("alice", a.user());
        assertTrue(!a.toString().contains("s3cret"), "toString must not reveal the password: " + a);
        assertEquals(5432, PostgisAddress.parse("postgresql://h/db").port());
        assertThrows(DataSourceException.class, () -> PostgisAddress.parse("mysql://h/db"));
    }
}
