import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the OneMap application icon (a map pin over field strips on a green tile) as a PNG, so the
 * installer build needs no binary asset: {@code java IconMaker.java OUT.png [SIZE]}.
 */
public final class IconMaker {
    public static void main(String[] args) throws Exception {
        int s = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(s / 256.0, s / 256.0);
        g.setPaint(new GradientPaint(0, 0, new Color(0x3C, 0x9A, 0x5F), 0, 256, new Color(0x1E, 0x6B, 0x3F)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48));
        // field strips: the parcels of the one map
        Color[] fields = {new Color(0xA8, 0xD5, 0x8C), new Color(0xE8, 0xD4, 0x6A), new Color(0x7F, 0xC2, 0x9B)};
        for (int i = 0; i < 3; i++) {
            g.setColor(fields[i]);
            Path2D strip = new Path2D.Double();
            strip.moveTo(30, 150 + i * 28);
            strip.lineTo(226, 130 + i * 28);
            strip.lineTo(226, 152 + i * 28);
            strip.lineTo(30, 172 + i * 28);
            strip.closePath();
            g.fill(strip);
        }
        // river
        g.setColor(new Color(0x4A, 0x90, 0xD9));
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D river = new Path2D.Double();
        river.moveTo(24, 120);
        river.curveTo(90, 100, 140, 140, 232, 110);
        g.draw(river);
        // map pin
        Path2D pin = new Path2D.Double();
        pin.moveTo(128, 196);
        pin.curveTo(100, 150, 84, 126, 84, 98);
        pin.curveTo(84, 72, 104, 52, 128, 52);
        pin.curveTo(152, 52, 172, 72, 172, 98);
        pin.curveTo(172, 126, 156, 150, 128, 196);
        pin.closePath();
        g.setColor(new Color(0xD9, 0x3A, 0x2B));
        g.fill(pin);
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(110, 80, 36, 36));
        g.dispose();
        File out = new File(args[0]);
        if (out.getParentFile() != null) out.getParentFile().mkdirs();
        ImageIO.write(img, "png", out);
    }
}
