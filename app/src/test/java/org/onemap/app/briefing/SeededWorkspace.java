package org.onemap.app.briefing;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.onemap.app.workspace.WorkspaceService;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/** A small seeded workspace (800 parcels) for briefing tests, and image checks they share. */
final class SeededWorkspace {
    private SeededWorkspace() {}

    static H2gisWorkspace open(Path folder) {
        System.setProperty(WorkspaceService.SEED_PARCELS_PROPERTY, "800");
        return WorkspaceService.openOrSeed(folder, s -> { }, true);
    }

    /** Distinct colours on a coarse grid: a blank or single-colour image has one or two. */
    static int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) for (int x = 0; x < img.getWidth(); x += 7) seen.add(img.getRGB(x, y));
        return seen.size();
    }
}
