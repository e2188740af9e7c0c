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

/**
 * A {@link RenderCache} on disk, so a new process (a cold {@code onemap render}) maps the packed arrays
 * back in with a few bulk reads instead of reading and parsing every feature. The file starts with a
 * stamp naming the data it was built from; a file with another stamp is ignored (and rebuilt).
 * Layout: magic, version, stamp, then each array as a length and its little-endian values.
 */
final class RenderCacheFile {
    private static final int MAGIC = 0x4F4D5243;   // "OMRC"
    private static final int VERSION = 1;
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
            return RenderCache.of(ox, oy, r.floats(), r.ints(), r.ints(), r.floats(), r.shorts(), r.strings());
        } catch (IOException | RuntimeException e) {
            return null;   // a damaged cache is rebuilt from the data, never trusted
        }
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
