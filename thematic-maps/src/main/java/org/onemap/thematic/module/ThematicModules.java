package org.onemap.thematic.module;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The installed {@link ThematicModule}s, found with {@link ServiceLoader} on the class path. */
public final class ThematicModules {
    private ThematicModules() {}

    /** Every module, by {@link ThematicModule#order()} then id (overview first). */
    public static List<ThematicModule> all() {
        List<ThematicModule> out = new ArrayList<>();
        for (ThematicModule m : ServiceLoader.load(ThematicModule.class, ThematicModules.class.getClassLoader())) out.add(m);
        out.sort(Comparator.comparingInt(ThematicModule::order).thenComparing(ThematicModule::id));
        return out;
    }

    /** The ids of {@link #all()}, in order. */
    public static List<String> ids() {
        return all().stream().map(ThematicModule::id).toList();
    }

    /** The module with this id (case-insensitive). */
    public static Optional<ThematicModule> byId(String id) {
        if (id == null) return Optional.empty();
        String n = id.trim().toLowerCase(Locale.ROOT);
        return all().stream().filter(m -> m.id().equals(n)).findFirst();
    }

    /** The module with this id, or an error listing the known ids. */
    public static ThematicModule require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown theme '" + id + "' (expected one of: "
                + all().stream().map(ThematicModule::id).collect(Collectors.joining(", ")) + ")"));
    }
}
