package org.onemap.dataimport.shapefile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a file mostly front to back through one buffer, with cheap seeks inside the buffer; opened
 * read-only so importing never modifies a user's file. Reports truncation with the file name.
 */
final class ChannelReader implements Closeable {
    private final FileChannel channel;
    private final String name;
    private final long size;
    private ByteBuffer buffer;
    private long bufferStart;   // file offset of buffer[0]

    ChannelReader(Path file, int bufferSize) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.name = file.getFileName().toString();
        this.size = channel.size();
        this.buffer = ByteBuffer.allocate(bufferSize);
        buffer.limit(0);
    }

    String name() { return name; }

    long size() { return size; }

    long position() { return bufferStart + buffer.position(); }

    void seek(long offset) {
        long rel = offset - bufferStart;
        if (rel >= 0 && rel <= buffer.limit()) {
            buffer.position((int) rel);
        } else {
            bufferStart = offset;
            buffer.clear().limit(0);
        }
    }

    /**
     * The buffer positioned at the current offset with at least {@code n} readable bytes, or null if the
     * file ends first (the caller words the error: it knows the record).
     */
    ByteBuffer take(int n, ByteOrder order) throws IOException {
        if (buffer.remaining() < n) {
            if (position() + n > size) return null;
            long pos = position();
            if (buffer.capacity() < n) {
                ByteBuffer bigger = ByteBuffer.allocate(Math.max(n, buffer.capacity() * 2));
                bigger.put(buffer);
                buffer = bigger;
            } else {
                buffer.compact();
            }
            bufferStart = pos;
            // buffer is now in write mode holding the unread bytes at its start
            while (buffer.position() < n) {
                int r = channel.read(buffer, bufferStart + buffer.position());
                if (r < 0) break;
            }
            buffer.flip();
            if (buffer.remaining() < n) return null;
        }
        return buffer.order(order);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
