package org.onemap.datasources.secrets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.onemap.core.spi.DataSourceException;

/**
 * The OS keyring on Linux: the freedesktop Secret Service (GNOME Keyring, KWallet …) through the
 * {@code secret-tool} command of libsecret-tools, so OneMap needs no D-Bus library. Secrets are items
 * with the attributes {@code application=onemap} and {@code name=NAME}; the secret itself travels on
 * stdin/stdout, never on a command line where {@code ps} would show it.
 */
public final class SecretServiceStore implements SecretStore {
    static final String TOOL = "secret-tool";
    private static final long TIMEOUT_SECONDS = 10;

    private final Path tool;

    private SecretServiceStore(Path tool) {
        this.tool = tool;
    }

    /** The keyring of this session, if {@code secret-tool} is installed, a session bus is there and a keyring answers. */
    public static Optional<SecretServiceStore> detect() {
        return detect(System.getenv());
    }

    /**
     * As {@link #detect()} for the given environment ({@code PATH}, {@code DBUS_SESSION_BUS_ADDRESS},
     * {@code XDG_RUNTIME_DIR}): empty without the tool, without a bus, or when the keyring does not answer.
     */
    public static Optional<SecretServiceStore> detect(Map<String, String> env) {
        Optional<Path> tool = onPath(env.get("PATH"));
        if (tool.isEmpty() || !hasSessionBus(env)) return Optional.empty();
        SecretServiceStore store = new SecretServiceStore(tool.get());
        try {
            // a search answers 0 (found) or 1 (nothing): anything else, or a hang, means no usable keyring
            Result r = store.run(null, "search", "application", "onemap", "name", "onemap-probe");
            return r.exit() <= 1 && !r.err().contains("ServiceUnknown") && !r.err().contains("Cannot autolaunch")
                    ? Optional.of(store) : Optional.empty();
        } catch (DataSourceException e) {
            return Optional.empty();
        }
    }

    static boolean hasSessionBus(Map<String, String> env) {
        String bus = env.get("DBUS_SESSION_BUS_ADDRESS");
        if (bus != null && !bus.isBlank()) return true;
        String runtime = env.get("XDG_RUNTIME_DIR");
        return runtime != null && !runtime.isBlank() && Files.exists(Path.of(runtime, "bus"));
    }

    static Optional<Path> onPath(String path) {
        if (path == null) return Optional.empty();
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isBlank()) continue;
            Path p = Path.of(dir, TOOL);
            if (Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    @Override
    public void put(String name, char[] secret) {
        ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        try {
            Result r = run(bytes, "store", "--label=OneMap: " + name, "application", "onemap", "name", name);
            if (r.exit() != 0) throw new DataSourceException("the system keyring refused to store " + name + ": " + r.err().trim());
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public Optional<char[]> get(String name) {
        Result r = run(null, "lookup", "application", "onemap", "name", name);
        if (r.exit() != 0 || r.out().length == 0) return Optional.empty();
        CharBuffer cb = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(r.out()));
        Arrays.fill(r.out(), (byte) 0);
        char[] out = new char[cb.remaining()];
        cb.get(out);
        return Optional.of(out);
    }

    @Override
    public void remove(String name) {
        run(null, "clear", "application", "onemap", "name", name);
    }

    @Override
    public String describe() { return "Secret Service (" + tool + ")"; }

    private record Result(int exit, byte[] out, String err) {}

    private Result run(byte[] stdin, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(tool.toString());
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).start();
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) in.write(stdin);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            // both streams drained on their own threads: a keyring that hangs must not hang the caller
            Thread errReader = drain(p.getErrorStream(), err);
            Thread outReader = drain(p.getInputStream(), out);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new DataSourceException("the system keyring did not answer within " + TIMEOUT_SECONDS + " s");
            }
            outReader.join(1000);
            errReader.join(1000);
            return new Result(p.exitValue(), out.toByteArray(), err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DataSourceException("cannot run " + tool + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataSourceException("interrupted while asking the system keyring", e);
        }
    }

    private static Thread drain(InputStream from, ByteArrayOutputStream to) {
        Thread t = new Thread(() -> {
            try {
                from.transferTo(to);
            } catch (IOException ignored) {
                // the process ended: what was read is the message
            }
        }, "secret-tool-reader");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
