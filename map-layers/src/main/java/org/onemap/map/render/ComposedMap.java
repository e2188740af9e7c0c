package org.onemap.map.render;

import java.awt.image.BufferedImage;

/** A finished map image with what the renderer drew and where the decorations went. */
public record ComposedMap(BufferedImage image, RenderResult render, DecorationLayout decorations) {
}
