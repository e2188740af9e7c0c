package org.onemap.dataimport.shapefile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends bytes to a file through one large buffer and can overwrite a header in place afterwards,
 * which is what lets the shapefile writers stream and still fix counts and extents at the end.
 */
final class ChannelWriter implements Closeable {
    private final FileChannel channel;
    private ByteBuffer buffer;
    private long flushed;

    ChannelWriter(Path file, int bufferSize) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        this.buffer = ByteBuffer.allocate(bufferSize);
    }

    /** The buffer, with at least {@code n} bytes free; callers set the byte order they need. */
    ByteBuffer room(int n) throws IOException {
        if (buffer.remaining() < n) {
            flush();
            if (buffer.capacity() < n) buffer = ByteBuffer.allocate(n);
        }
        return buffer;
    }

    ByteBuffer little(int n) throws IOException { return room(n).order(ByteOrder.LITTLE_ENDIAN); }

    ByteBuffer big(int n) throws IOException { return room(n).order(ByteOrder.BIG_ENDIAN); }

    /** Bytes written so far (the offset the next byte will have). */
    long position() { return flushed + buffer.position(); }

    void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) flushed += channel.write(buffer);
        buffer.clear();
    }

    /** Overwrites bytes at {@code offset} (already written or buffered) with {@code data}. */
    void patch(long offset, ByteBuffer data) throws IOException {
        flush();
        long pos = offset;
        while (data.hasRemaining()) pos += channel.write(data, pos);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
