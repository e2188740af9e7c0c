package org.onemap.datasources.params;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.Parameter;

class ProviderParamsTest {
    private static final Parameter FILE = Parameter.required("path", Path.class, "the file");
    private static final Parameter CREATE = Parameter.optional("create", Boolean.class, Boolean.TRUE, "create it");
    private static final Parameter PORT = Parameter.optional("port", Integer.class, 5432, "server port");
    private static final Parameter LAYER = Parameter.optional("layer", String.class, null, "layer name");
    private static final Parameter PASSWORD = new Parameter("password", String.class, null, false, true, "password");

    private static ProviderParams of(Map<String, ?> map) {
        return new ProviderParams("demo", map);
    }

    @Test
    void missingValuesFallBackToTheDefault() {
        ProviderParams p = of(Map.of());
        assertTrue(p.flag(CREATE));
        assertEquals(5432, p.whole(PORT));
        assertNull(p.text(LAYER));
        assertNull(p.secret(PASSWORD));
    }

    @Test
    void valuesAreReadFromTypedObjectsAndFromText() {
        char[] pw = {'s', '3'};
        assertFalse(of(Map.of("create", false)).flag(CREATE));
        assertFalse(of(Map.of("create", " FALSE ")).flag(CREATE));
        assertEquals(15432, of(Map.of("port", 15432L)).whole(PORT));
        assertEquals(15432, of(Map.of("port", " 15432 ")).whole(PORT));
        assertEquals(Path.of("a", "b.gpkg"), of(Map.of("path", "a/b.gpkg")).path(FILE, null));
        Path given = Path.of("c.gpkg");
        assertSame(given, of(Map.of("path", given)).path(FILE, null));
        assertSame(pw, of(Map.of("password", pw)).secret(PASSWORD), "characters are kept as they are");
        assertArrayEquals(pw, of(Map.of("password", "s3")).secret(PASSWORD));
    }

    @Test
    void wrongOrMissingValuesFailNamingTheParameterAndTheSource() {
        assertEquals("parameter 'create' of the demo data source must be true or false, got 'yes'",
                assertThrows(DataSourceException.class, () -> of(Map.of("create", "yes")).flag(CREATE)).getMessage());
        assertEquals("parameter 'port' of the demo data source must be a whole number, got '54.5'",
                assertThrows(DataSourceException.class, () -> of(Map.of("port", "54.5")).whole(PORT)).getMessage());
        assertEquals("the demo data source needs a 'path': the file",
                assertThrows(DataSourceException.class, () -> of(Map.of()).path(FILE, "the file")).getMessage());
        assertEquals("the demo data source needs a 'path'",
                assertThrows(DataSourceException.class, () -> of(Map.of()).required(FILE, null)).getMessage());
    }
}
