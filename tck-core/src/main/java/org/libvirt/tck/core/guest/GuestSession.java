package org.libvirt.tck.core.guest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.libvirt.tck.core.guest.AgentProtocol.Check;
import org.libvirt.tck.core.guest.AgentProtocol.ChecksDone;
import org.libvirt.tck.core.guest.AgentProtocol.Error;
import org.libvirt.tck.core.guest.AgentProtocol.Message;
import org.libvirt.tck.core.guest.AgentProtocol.Ready;
import org.libvirt.tck.core.guest.AgentProtocol.Result;

/**
 * A conversation with the TCK agent of one booted guest, over the host end (a unix socket) of its virtio-serial
 * port {@code org.libvirt.tck.agent.0}.
 *
 * <p>{@link #waitReady(Duration)} comes first: it also drops what the agent still had to say to an earlier
 * connection. Every wait is bounded: a request that gets no answer in time fails with a {@link GuestAgentException} naming
 * the socket and showing the end of the guest's console log. One request runs at a time.
 *
 * <pre>{@code
 * try (GuestSession guest = GuestSession.connect(socket, consoleLog, Duration.ofSeconds(10))) {
 *     String bootId = guest.waitReady(Duration.ofSeconds(60));
 *     ExecResult r = guest.exec("uname -r");
 *     List<CheckResult> checks = guest.runChecks();
 * }
 * }</pre>
 */
public final class GuestSession implements AutoCloseable {

    /** How long {@link #exec(String)} and {@link #runChecks()} wait for the answer. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final int CONSOLE_TAIL_LINES = 20;
    private static final long CONNECT_RETRY_MILLIS = 50;

    private final Path socket;
    private final Optional<Path> consoleLog;
    private final SocketChannel channel;
    private final BlockingQueue<Incoming> incoming = new LinkedBlockingQueue<>();
    private long nextId = 1;
    private boolean ready;

    /** A line from the agent, or the end of the channel. */
    private sealed interface Incoming permits Line, End {
    }

    private record Line(String text) implements Incoming {
    }

    private record End(Optional<IOException> cause) implements Incoming {
    }

    private GuestSession(Path socket, Optional<Path> consoleLog, SocketChannel channel) {
        this.socket = socket;
        this.consoleLog = consoleLog;
        this.channel = channel;
        Thread reader = new Thread(this::readLines, "tck-guest-agent " + socket.getFileName());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Connects to the host end of a guest's agent channel, waiting for the socket to appear (QEMU creates it as
     * it starts).
     *
     * @param socket     the unix socket of the channel ({@code -chardev socket,path=...,server=on})
     * @param consoleLog the file the guest's serial console is written to, shown when something goes wrong
     * @param timeout    how long to wait for the socket to accept the connection
     */
    public static GuestSession connect(Path socket, Path consoleLog, Duration timeout) {
        return connect(socket, Optional.of(consoleLog), timeout);
    }

    /** Connects as {@link #connect(Path, Path, Duration)} for a guest whose console is not captured. */
    public static GuestSession connect(Path socket, Duration timeout) {
        return connect(socket, Optional.empty(), timeout);
    }

    private static GuestSession connect(Path socket, Optional<Path> consoleLog, Duration timeout) {
        Objects.requireNonNull(socket, "socket");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            SocketChannel channel = null;
            try {
                channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                channel.connect(UnixDomainSocketAddress.of(socket));
                return new GuestSession(socket, consoleLog, channel);
            } catch (IOException e) {
                closeQuietly(channel);
                if (System.nanoTime() - deadline >= 0) {
                    throw new GuestAgentException("could not connect to the guest agent socket " + socket
                            + " within " + seconds(timeout) + ": " + e.getMessage()
                            + "; is the guest running with -chardev socket,path=" + socket + ",server=on?"
                            + consoleTail(consoleLog), e);
                }
                sleep(CONNECT_RETRY_MILLIS);
            }
        }
    }

    /**
     * Waits until the agent announces itself.
     *
     * @return the guest kernel's boot id ({@code /proc/sys/kernel/random/boot_id}), new at every boot
     */
    public synchronized String waitReady(Duration timeout) {
        send(AgentProtocol.hello(), "HELLO");
        long deadline = System.nanoTime() + timeout.toNanos();
        String waitingFor = "READY";
        while (true) {
            // Lines before READY are what the agent still had for an earlier connection, perhaps the end of a line
            // cut off when it closed: dropped, the last unreadable one named if READY never comes.
            String line = take(deadline, timeout, waitingFor);
            try {
                if (AgentProtocol.parse(line) instanceof Ready announcement) {
                    ready = true;
                    return announcement.bootId();
                }
            } catch (IllegalArgumentException e) {
                waitingFor = "READY; ignored " + e.getMessage();
            }
        }
    }

    /** Runs {@code command} with the guest's {@code sh}, waiting at most {@link #DEFAULT_TIMEOUT}. */
    public ExecResult exec(String command) {
        return exec(command, DEFAULT_TIMEOUT);
    }

    /** Runs {@code command} with the guest's {@code sh} (stdin empty, stderr merged into the output). */
    public synchronized ExecResult exec(String command, Duration timeout) {
        requireReady();
        long id = nextId++;
        String request = "EXEC " + id + " (" + abbreviate(command) + ")";
        send(AgentProtocol.exec(id, command), request);
        Result result = awaitResult(id, timeout, request);
        return new ExecResult(result.exitCode(), result.output());
    }

    /** Runs every script of the guest's {@code /checks} share, waiting at most {@link #DEFAULT_TIMEOUT}. */
    public List<CheckResult> runChecks() {
        return runChecks(DEFAULT_TIMEOUT);
    }

    /**
     * Runs every script of the guest's {@code /checks} share (the host folder exported over virtio-9p with mount
     * tag {@code tckchecks}), in name order.
     *
     * @throws GuestAgentException also when the guest has no such share
     */
    public synchronized List<CheckResult> runChecks(Duration timeout) {
        requireReady();
        long id = nextId++;
        String request = "CHECKS " + id;
        send(AgentProtocol.checks(id), request);
        long deadline = System.nanoTime() + timeout.toNanos();
        List<CheckResult> results = new ArrayList<>();
        while (true) {
            Message message = next(deadline, timeout, request);
            failOnError(message, id, request);
            if (message instanceof Check check && check.id() == id) {
                results.add(check.result());
            } else if (message instanceof ChecksDone done && done.id() == id) {
                if (done.count() != results.size()) {
                    throw new GuestAgentException("guest agent on " + socket + " reported " + done.count()
                            + " checks but sent " + results.size() + " results");
                }
                return List.copyOf(results);
            }
        }
    }

    /** Asks the guest to power off at once; returns when the agent acknowledged it. */
    public synchronized void powerOff(Duration timeout) {
        requireReady();
        long id = nextId++;
        String request = "POWEROFF " + id;
        send(AgentProtocol.poweroff(id), request);
        awaitResult(id, timeout, request);
    }

    /** Closes the connection; the guest keeps running and its agent waits for the next one. */
    @Override
    public void close() {
        closeQuietly(channel);
    }

    // Ids restart at 1 with each session: only after READY can an answer not be a leftover of an earlier one.
    private void requireReady() {
        if (!ready) {
            throw new IllegalStateException("call waitReady before sending requests to the guest agent on " + socket);
        }
    }

    private Result awaitResult(long id, Duration timeout, String request) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Message message = next(deadline, timeout, request);
            failOnError(message, id, request);
            // Anything else is a READY (one per HELLO) or the late answer to a request that timed out.
            if (message instanceof Result result && result.id() == id) {
                return result;
            }
        }
    }

    private GuestAgentException closed(String doing, Optional<IOException> cause) {
        String detail = cause.map(e -> " (" + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName())
                + ")").orElse("");
        return new GuestAgentException("the guest agent channel " + socket + " closed while " + doing + detail
                + "; did the guest stop?" + consoleTail(consoleLog), cause.orElse(null));
    }

    private void failOnError(Message message, long id, String request) {
        if (message instanceof Error error && (error.id().isEmpty() || error.id().getAsLong() == id)) {
            throw new GuestAgentException("guest agent on " + socket + " refused " + request + ": "
                    + error.message());
        }
    }

    private Message next(long deadline, Duration timeout, String waitingFor) {
        String text = take(deadline, timeout, waitingFor);
        try {
            return AgentProtocol.parse(text);
        } catch (IllegalArgumentException e) {
            throw new GuestAgentException("guest agent on " + socket + " sent " + e.getMessage()
                    + " while waiting for " + waitingFor);
        }
    }

    private String take(long deadline, Duration timeout, String waitingFor) {
        Incoming item;
        try {
            item = incoming.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GuestAgentException("interrupted while waiting for the guest agent on " + socket, e);
        }
        if (item == null) {
            throw new GuestAgentException("guest agent did not answer within " + seconds(timeout) + " on " + socket
                    + " (waiting for " + waitingFor + ")" + consoleTail(consoleLog));
        }
        if (item instanceof End end) {
            incoming.add(end); // every later wait ends the same way
            throw closed("waiting for " + waitingFor, end.cause());
        }
        return ((Line) item).text();
    }

    private void send(String line, String request) {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw closed("sending " + request, Optional.of(e));
        }
    }

    private void readLines() {
        // Not closed here: closing a channel's stream closes the channel, which close() owns.
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
        try {
            for (String line; (line = reader.readLine()) != null; ) {
                incoming.add(new Line(line));
            }
            incoming.add(new End(Optional.empty()));
        } catch (IOException e) {
            incoming.add(new End(channel.isOpen() ? Optional.of(e) : Optional.empty()));
        }
    }

    /** "; console log: FILE (last N lines):" and the lines, or why there is none. */
    static String consoleTail(Optional<Path> consoleLog) {
        if (consoleLog.isEmpty()) {
            return "; console log: not captured";
        }
        Path log = consoleLog.get();
        try {
            if (!Files.exists(log)) {
                return "; console log: " + log + " does not exist";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            if (lines.isEmpty()) {
                return "; console log: " + log + " is empty (did the kernel start? is console=ttyS0 set?)";
            }
            List<String> tail = lines.subList(Math.max(0, lines.size() - CONSOLE_TAIL_LINES), lines.size());
            return "; console log: " + log + " (last " + tail.size() + " lines):\n  " + String.join("\n  ", tail);
        } catch (IOException e) {
            return "; console log: " + log + " unreadable: " + e.getMessage();
        }
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String abbreviate(String command) {
        String oneLine = command.replace('\n', ' ');
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }

    private static void closeQuietly(SocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GuestAgentException("interrupted while connecting to the guest agent", e);
        }
    }
}
