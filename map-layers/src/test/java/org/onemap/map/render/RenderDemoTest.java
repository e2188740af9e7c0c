package org.onemap.map.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class RenderDemoTest {
    @Test
    void writesDemoMapsThatAreNotBlank() throws Exception {
        for (Path p : RenderDemo.render(Path.of("target", "demo"))) {
            assertTrue(Files.size(p) > 10_000, "demo map " + p + " is suspiciously small");
            BufferedImage img = ImageIO.read(p.toFile());
            java.util.Set<Integer> colours = new java.util.HashSet<>();
            for (int y = 0; y < img.getHeight(); y += 7) for (int x = 0; x < img.getWidth(); x += 7) colours.add(img.getRGB(x, y));
            assertTrue(colours.size() > 50, "demo map " + p + " has only " + colours.size() + " colours: nothing drawn?");
        }
    }
}
