package org.onemap.map.render;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A rendered map: the image (TYPE_INT_ARGB_PRE, device pixels; null when drawn into a caller's
 * canvas), the labels placed on it, how many features were drawn, how many of those were smaller
 * than a pixel and drawn as one, and the features drawn per layer (aligned with the layer list; 0 for
 * a layer hidden or out of scale).
 */
public record RenderResult(BufferedImage image, List<PlacedLabel> labels, long featuresDrawn, long featuresAsPixel,
                           List<Long> featuresPerLayer) {
    public RenderResult {
        labels = List.copyOf(labels);
        featuresPerLayer = List.copyOf(featuresPerLayer);
    }

    /** Features drawn of the layer at {@code index} in the rendered list. */
    public long featuresOfLayer(int index) {
        return index < featuresPerLayer.size() ? featuresPerLayer.get(index) : 0;
    }
}
