package org.onemap.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The commands of {@code onemap}, in help order, each built only when the arguments can need it.
 * Picocli builds a command's model from its annotations by reflection; building all ten took
 * {@code onemap --version} from ~0.18 to ~0.23 s CPU, so a run gets every command named among its arguments (an
 * option value that happens to be a command name included: picocli then parses exactly as with all of
 * them), none for a bare {@code onemap} (the desktop) or {@code onemap --version}, and all ten
 * when none is named otherwise (usage errors suggest command names) or root help is asked for.
 */
final class Subcommands {
    static final Map<String, Supplier<Object>> ALL = all();

    private Subcommands() {}

    private static Map<String, Supplier<Object>> all() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("layers", LayersCommand::new);
        m.put("query", QueryCommand::new);
        m.put("render", RenderCommand::new);
        m.put("sql", SqlCommand::new);
        m.put("generate", GenerateCommand::new);
        m.put("import", ImportCommand::new);
        m.put("sync", SyncCommand::new);
        m.put("classify", ClassifyCommand::new);
        m.put("brief", BriefCommand::new);
        m.put("export", ExportCommand::new);
        return m;
    }

    /** Adds to {@code root} the commands {@code args} can need (call before any setting that should reach them). */
    static CommandLine addTo(CommandLine root, String[] args) {
        for (String name : needed(args)) root.addSubcommand(name, ALL.get(name).get());
        return root;
    }

    /** The names of the commands to build for {@code args}, in help order. */
    static List<String> needed(String[] args) {
        if (args.length == 0 || (args.length == 1 && (args[0].equals("-V") || args[0].equals("--version")))) return List.of();
        List<String> named = new ArrayList<>();
        boolean rootHelp = false;
        for (String a : args) {
            if (ALL.containsKey(a)) {
                if (!named.contains(a)) named.add(a);
            } else if (named.isEmpty() && (a.equals("-h") || a.equals("--help"))) {
                rootHelp = true;   // root usage lists every command
            }
        }
        if (named.isEmpty() || rootHelp) return List.copyOf(ALL.keySet());
        List<String> inOrder = new ArrayList<>(ALL.keySet());
        inOrder.retainAll(named);
        return inOrder;
    }
}
