package org.onemap.map.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * A {@link RenderCache} on disk, so a new process (a cold {@code onemap render}) maps the packed arrays
 * back in with a few bulk reads instead of reading and parsing every feature. The file starts with a
 * stamp naming the data it was built from; a file with another stamp is ignored (and rebuilt).
 * Layout: magic, version, stamp, origin, then each array as a length and its little-endian values:
 * vertices, ring starts, feature rings, feature bounds, categories, category values, and the
 * {@link SpatialBlocks} (feature starts, bounds). Features are stored block by block, so
 * {@link #read(Path, String, Envelope)} can read only the blocks meeting a window.
 */
final class RenderCacheFile {
    private static final int MAGIC = 0x4F4D5243;   // "OMRC"
    private static final int VERSION = 2;   // 2: features in blocks, with the block index
    private static final int CHUNK = 1 << 20;

    private RenderCacheFile() {}

    /** Writes atomically (temp file + move), so a reader never sees half a cache. */
    static void write(Path file, String stamp, RenderCache c) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer head = ByteBuffer.allocate(64 + stamp.length() * 4).order(ByteOrder.LITTLE_ENDIAN);
            byte[] s = stamp.getBytes(StandardCharsets.UTF_8);
            head.putInt(MAGIC).putInt(VERSION).putInt(s.length).put(s).putDouble(c.ox).putDouble(c.oy);
            head.flip();
            ch.write(head);
            Writer w = new Writer(ch);
            w.floats(c.xy);
            w.ints(c.ringStart);
            w.ints(c.featureRing);
            w.floats(c.bounds);
            w.shorts(c.category);
            w.strings(c.categories);
            if (c.blocks == null) throw new IllegalArgumentException("only a whole layer's cache is stored, not a window's part");
            w.ints(c.blocks.featureStart());
            w.floats(c.blocks.bounds());
            w.flush();
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The cache stored under {@code stamp}, or null when the file is missing, stale or unreadable. */
    static RenderCache read(Path file, String stamp) {
        if (!Files.isRegularFile(file)) return null;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Reader r = new Reader(ch, ch.size());
            if (r.i() != MAGIC || r.i() != VERSION) return null;
            byte[] s = new byte[r.i()];
            r.bytes(s);
            if (!new String(s, StandardCharsets.UTF_8).equals(stamp)) return null;
            double ox = r.d(), oy = r.d();
            return RenderCache.of(ox, oy, r.floats(), r.ints(), r.ints(), r.floats(), r.shorts(), r.strings(),
                    new SpatialBlocks(r.ints(), r.floats()));
        } catch (IOException | RuntimeException e) {
            return null;   // a damaged cache is rebuilt from the data, never trusted
        }
    }

    /**
     * The part of the cache stored under {@code stamp} that a view of the Web Mercator box
     * {@code window} can draw: the features of the blocks meeting it (every feature meeting the box is
     * in one), or null as {@link #read(Path, String)}. A one-off render of a small window reads a
     * fraction of a big file and indexes only that fraction. The part cannot be stored again.
     */
    static RenderCache read(Path file, String stamp, Envelope window) {
        if (!Files.isRegularFile(file)) return null;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() > Integer.MAX_VALUE) return read(file, stamp);
            ByteBuffer m = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()).order(ByteOrder.LITTLE_ENDIAN);
            if (m.getInt() != MAGIC || m.getInt() != VERSION) return null;
            byte[] s = new byte[m.getInt()];
            m.get(s);
            if (!new String(s, StandardCharsets.UTF_8).equals(stamp)) return null;
            double ox = m.getDouble(), oy = m.getDouble();
            // where each array starts (after its length), found by skipping over the lengths
            int xyAt = skip(m, 4), ringAt = skip(m, 4), featAt = skip(m, 4), boundsAt = skip(m, 4), catAt = skip(m, 2);
            String[] categories = new Reader(m).strings();
            int nBlocks = m.getInt() - 1;
            int blockStartAt = m.position();
            m.position(blockStartAt + 4 * (nBlocks + 1));
            int blockBoundsAt = m.position() + 4;
            int[] blockStart = new int[nBlocks + 1];
            m.position(blockStartAt);
            m.asIntBuffer().get(blockStart);
            float[] blockBounds = new float[4 * nBlocks];
            m.position(blockBoundsAt);
            m.asFloatBuffer().get(blockBounds);
            List<int[]> runs = new SpatialBlocks(blockStart, blockBounds).runs((float) (window.getMinX() - ox),
                    (float) (window.getMinY() - oy), (float) (window.getMaxX() - ox), (float) (window.getMaxY() - oy));
            int n = 0, rings = 0, verts = 0;
            for (int[] run : runs) {
                int r0 = m.getInt(featAt + 4 * run[0]), r1 = m.getInt(featAt + 4 * run[1]);
                n += run[1] - run[0];
                rings += r1 - r0;
                verts += m.getInt(ringAt + 4 * r1) - m.getInt(ringAt + 4 * r0);
            }
            float[] xy = new float[2 * verts];
            int[] ringStart = new int[rings + 1];
            int[] featureRing = new int[n + 1];
            float[] bounds = new float[4 * n];
            short[] category = new short[n];
            int f = 0, r = 0, v = 0;
            for (int[] run : runs) {
                int r0 = m.getInt(featAt + 4 * run[0]), r1 = m.getInt(featAt + 4 * run[1]);
                int v0 = m.getInt(ringAt + 4 * r0), v1 = m.getInt(ringAt + 4 * r1);
                for (int k = run[0]; k < run[1]; k++) featureRing[f + k - run[0]] = m.getInt(featAt + 4 * k) - r0 + r;
                for (int k = r0; k < r1; k++) ringStart[r + k - r0] = m.getInt(ringAt + 4 * k) - v0 + v;
                m.position(xyAt + 8 * v0);
                m.asFloatBuffer().get(xy, 2 * v, 2 * (v1 - v0));
                m.position(boundsAt + 16 * run[0]);
                m.asFloatBuffer().get(bounds, 4 * f, 4 * (run[1] - run[0]));
                m.position(catAt + 2 * run[0]);
                m.asShortBuffer().get(category, f, run[1] - run[0]);
                f += run[1] - run[0];
                r += r1 - r0;
                v += v1 - v0;
            }
            featureRing[n] = r;
            ringStart[rings] = v;
            return RenderCache.of(ox, oy, xy, ringStart, featureRing, bounds, category, categories, null);
        } catch (IOException | RuntimeException e) {
            return null;   // a damaged cache is rebuilt from the data, never trusted
        }
    }

    // Reads an array's length at the buffer's position, moves past the array and returns where its values start.
    private static int skip(ByteBuffer m, int bytesPerValue) {
        int length = m.getInt();
        int at = m.position();
        m.position(at + bytesPerValue * length);
        return at;
    }

    private static final class Writer {
        private final FileChannel ch;
        private final ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);

        Writer(FileChannel ch) { this.ch = ch; }

        void room(int n) throws IOException {
            if (buf.remaining() < n) flush();
        }

        void flush() throws IOException {
            buf.flip();
            while (buf.hasRemaining()) ch.write(buf);
            buf.clear();
        }

        void floats(float[] a) throws IOException {
            room(4);
            buf.putInt(a.length);
            for (int i = 0; i < a.length; ) {
                room(4);
                int n = Math.min(a.length - i, buf.remaining() / 4);
                buf.asFloatBuffer().put(a, i, n);
                buf.position(buf.position() + 4 * n);
                i += n;
            }
        }

        void ints(int[] a) throws IOException {
            room(4);
            buf.putInt(a.length);
            for (int i = 0; i < a.length; ) {
                room(4);
                int n = Math.min(a.length - i, buf.remaining() / 4);
                buf.asIntBuffer().put(a, i, n);
                buf.position(buf.position() + 4 * n);
                i += n;
            }
        }

        void shorts(short[] a) throws IOException {
            room(4);
            buf.putInt(a.length);
            for (int i = 0; i < a.length; ) {
                room(2);
                int n = Math.min(a.length - i, buf.remaining() / 2);
                buf.asShortBuffer().put(a, i, n);
                buf.position(buf.position() + 2 * n);
                i += n;
            }
        }

        void strings(String[] a) throws IOException {
            room(4);
            buf.putInt(a.length);
            for (String s : a) {
                byte[] b = s == null ? null : s.getBytes(StandardCharsets.UTF_8);
                room(4 + (b == null ? 0 : b.length));
                buf.putInt(b == null ? -1 : b.length);
                if (b != null) buf.put(b);
            }
        }
    }

    // Reads the whole file through one memory mapping when it fits (no read calls, no staging copy),
    // else in chunks through a buffer.
    private static final class Reader {
        private final FileChannel ch;   // null = mapped
        private final ByteBuffer buf;

        Reader(ByteBuffer mapped) {
            this.ch = null;
            this.buf = mapped;
        }

        Reader(FileChannel ch, long size) throws IOException {
            if (size <= Integer.MAX_VALUE) {
                this.ch = null;
                this.buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, size).order(ByteOrder.LITTLE_ENDIAN);
            } else {
                this.ch = ch;
                this.buf = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
                buf.limit(0);
            }
        }

        private void need(int n) throws IOException {
            if (buf.remaining() >= n) return;
            if (ch == null) throw new IOException("render cache file is truncated");
            buf.compact();
            while (buf.position() < n) {
                if (ch.read(buf) < 0) throw new IOException("render cache file is truncated");
            }
            buf.flip();
        }

        int i() throws IOException {
            need(4);
            return buf.getInt();
        }

        double d() throws IOException {
            need(8);
            return buf.getDouble();
        }

        void bytes(byte[] b) throws IOException {
            for (int i = 0; i < b.length; ) {
                need(1);
                int n = Math.min(b.length - i, buf.remaining());
                buf.get(b, i, n);
                i += n;
            }
        }

        float[] floats() throws IOException {
            float[] a = new float[i()];
            for (int i = 0; i < a.length; ) {
                need(4);
                int n = Math.min(a.length - i, buf.remaining() / 4);
                buf.asFloatBuffer().get(a, i, n);
                buf.position(buf.position() + 4 * n);
                i += n;
            }
            return a;
        }

        int[] ints() throws IOException {
            int[] a = new int[i()];
            for (int i = 0; i < a.length; ) {
                need(4);
                int n = Math.min(a.length - i, buf.remaining() / 4);
                buf.asIntBuffer().get(a, i, n);
                buf.position(buf.position() + 4 * n);
                i += n;
            }
            return a;
        }

        short[] shorts() throws IOException {
            short[] a = new short[i()];
            for (int i = 0; i < a.length; ) {
                need(2);
                int n = Math.min(a.length - i, buf.remaining() / 2);
                buf.asShortBuffer().get(a, i, n);
                buf.position(buf.position() + 2 * n);
                i += n;
            }
            return a;
        }

        String[] strings() throws IOException {
            String[] a = new String[i()];
            for (int k = 0; k < a.length; k++) {
                int len = i();
                if (len < 0) continue;
                byte[] b = new byte[len];
                bytes(b);
                a[k] = new String(b, StandardCharsets.UTF_8);
            }
            return a;
        }
    }
}
