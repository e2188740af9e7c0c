package org.onemap.map.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.stream.IntStream;

/**
 * Writes map images as PNG several times faster than {@code ImageIO}: rows are filtered ("Sub") and
 * deflated at a fast level in parallel blocks of rows, each block a sync-flushed piece of the one zlib
 * stream (as pigz does), and an opaque image is written as RGB. A noisy 1920×1080 map takes ~1 s in
 * ImageIO's writer, which was most of a CLI render's time. Output is a standard PNG any reader opens.
 */
public final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int ROWS_PER_BLOCK = 64;
    private static final int LEVEL = 3;   // fast: level 9 costs ~3× the time for ~10 % smaller files

    private PngEncoder() {}

    /** Writes the image (any type; alpha kept unless every pixel is opaque) to {@code out}. */
    public static void write(BufferedImage image, Path out) throws IOException {
        try (OutputStream o = Files.newOutputStream(out)) {
            write(image, o);
        }
    }

    public static void write(BufferedImage image, OutputStream out) throws IOException {
        int w = image.getWidth(), h = image.getHeight();
        int[] argb = pixels(image);
        boolean premultiplied = image.getType() == BufferedImage.TYPE_INT_ARGB_PRE;
        boolean opaque = true;
        for (int p : argb) {
            if (p >>> 24 != 255) {
                opaque = false;
                break;
            }
        }
        int bpp = opaque ? 3 : 4;
        int stride = 1 + w * bpp;
        int blocks = (h + ROWS_PER_BLOCK - 1) / ROWS_PER_BLOCK;
        byte[][] raw = new byte[blocks][];
        byte[][] packed = new byte[blocks][];
        boolean rgb = opaque;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int y0 = b * ROWS_PER_BLOCK, y1 = Math.min(h, y0 + ROWS_PER_BLOCK);
            byte[] rows = new byte[(y1 - y0) * stride];
            for (int y = y0; y < y1; y++) filterRow(argb, y * w, w, rgb, premultiplied, rows, (y - y0) * stride);
            raw[b] = rows;
            Deflater d = new Deflater(LEVEL, true);
            try {
                d.setInput(rows);
                if (b == blocks - 1) d.finish();
                ByteArrayOutputStream z = new ByteArrayOutputStream(rows.length / 3 + 64);
                byte[] buf = new byte[64 * 1024];
                int flush = b == blocks - 1 ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH;
                while (true) {
                    int n = d.deflate(buf, 0, buf.length, flush);
                    z.write(buf, 0, n);
                    if (b == blocks - 1 ? d.finished() : n < buf.length && d.needsInput()) break;
                }
                packed[b] = z.toByteArray();
            } finally {
                d.end();
            }
        });
        Adler32 adler = new Adler32();
        for (byte[] r : raw) adler.update(r);
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        idat.write(0x78);
        idat.write(0x5E);   // zlib header: deflate, 32K window, level "fast", check bits valid
        for (byte[] p : packed) idat.write(p);
        long a = adler.getValue();
        idat.write(new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a});

        out.write(SIGNATURE);
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) (opaque ? 2 : 6))
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array(), ihdr.array().length);
        byte[] data = idat.toByteArray();
        chunk(out, "IDAT", data, data.length);
        chunk(out, "IEND", new byte[0], 0);
        out.flush();
    }

    private static int[] pixels(BufferedImage image) {
        int t = image.getType();
        if ((t == BufferedImage.TYPE_INT_ARGB || t == BufferedImage.TYPE_INT_ARGB_PRE || t == BufferedImage.TYPE_INT_RGB)
                && image.getRaster().getDataBuffer() instanceof DataBufferInt db
                && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0
                && db.getData().length == image.getWidth() * image.getHeight()) {
            int[] px = db.getData();
            if (t != BufferedImage.TYPE_INT_RGB) return px;
            int[] out = new int[px.length];
            for (int i = 0; i < px.length; i++) out[i] = 0xFF000000 | px[i];
            return out;
        }
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    // Filter type 1 (Sub): each byte minus the same channel of the pixel to its left.
    private static void filterRow(int[] argb, int from, int w, boolean rgb, boolean premultiplied, byte[] out, int at) {
        out[at++] = 1;
        int pr = 0, pg = 0, pb = 0, pa = 0;
        for (int x = 0; x < w; x++) {
            int p = argb[from + x];
            int a = p >>> 24, r = p >> 16 & 255, g = p >> 8 & 255, b = p & 255;
            if (premultiplied && a != 255 && a != 0) {
                r = Math.min(255, (r * 255 + a / 2) / a);
                g = Math.min(255, (g * 255 + a / 2) / a);
                b = Math.min(255, (b * 255 + a / 2) / a);
            }
            out[at++] = (byte) (r - pr);
            out[at++] = (byte) (g - pg);
            out[at++] = (byte) (b - pb);
            if (!rgb) out[at++] = (byte) (a - pa);
            pr = r;
            pg = g;
            pb = b;
            pa = a;
        }
    }

    private static void chunk(OutputStream out, String type, byte[] data, int len) throws IOException {
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(len).array());
        out.write(t);
        out.write(data, 0, len);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data, 0, len);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
