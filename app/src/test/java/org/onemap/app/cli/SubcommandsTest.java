package org.onemap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** Which commands a run builds ({@link Subcommands}), and that the command line reads as it did with all of them. */
class SubcommandsTest {
    private static final List<String> ALL = List.of("layers", "query", "render", "sql", "generate", "import", "sync",
            "classify", "brief", "export");

    @Test
    void everyCommandIsRegisteredUnderItsAnnotatedNameInHelpOrder() {
        assertEquals(ALL, List.copyOf(Subcommands.ALL.keySet()));
        Subcommands.ALL.forEach((name, make) ->
                assertEquals(name, make.get().getClass().getAnnotation(Command.class).name(), name));
    }

    @Test
    void aRunBuildsOnlyTheCommandsItNames() {
        assertEquals(List.of("render"), Subcommands.needed(new String[] {"render", "--out", "m.png", "--layers", "parcel"}));
        assertEquals(List.of("render"), Subcommands.needed(new String[] {"--workspace", "w1", "render", "--help"}));
        // an option value that is also a command name: both are built, so picocli parses as with all ten
        assertEquals(List.of("layers", "render"), Subcommands.needed(new String[] {"--workspace", "render", "layers"}));
        // a nested command's name (brief render) builds the top-level one of that name too: harmless
        assertEquals(List.of("render", "brief"), Subcommands.needed(new String[] {"brief", "render", "x.onemap-brief"}));
    }

    @Test
    void noCommandNamedOrRootHelpBuildsAllAndABareStartOrVersionNone() {
        assertEquals(ALL, Subcommands.needed(new String[] {"--workspace", "w1"}));
        assertEquals(ALL, Subcommands.needed(new String[] {"lyers"}));
        assertEquals(ALL, Subcommands.needed(new String[] {"--help", "render"}));
        assertEquals(List.of(), Subcommands.needed(new String[0]));
        assertEquals(List.of(), Subcommands.needed(new String[] {"--version"}));
    }

    @Test
    void rootHelpStillListsEveryCommandAndATypoIsAUsageError() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exit(), help::toString);
        for (String c : ALL) assertTrue(help.out().contains("\n  " + c + " "), c + " missing from\n" + help.out());
        CliRun typo = CliRun.of("rendr");
        assertEquals(ExitCode.USAGE, typo.exit(), typo::toString);
        assertTrue(typo.err().contains("Unmatched argument at index 0: 'rendr'"), typo::toString);
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exit(), version::toString);
        assertTrue(version.out().startsWith("OneMap "), version::toString);
    }

    @Test
    void aNamedCommandStillReadsItsOptionsAndReportsUsageErrors() {
        CliRun r = CliRun.of("render", "--out", "m.txt");
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("--out must name a .png file"), r::toString);
        CliRun h = CliRun.of("render", "--help");
        assertEquals(0, h.exit(), h::toString);
        assertTrue(h.out().contains("Usage: onemap render"), h::toString);
    }
}
