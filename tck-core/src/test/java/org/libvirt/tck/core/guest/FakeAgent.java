package org.libvirt.tck.core.guest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** The guest end of the channel, played by a thread: greets with READY, answers each request with given lines. */
final class FakeAgent implements AutoCloseable {

    private final ServerSocketChannel server;
    private final Thread thread;
    private volatile SocketChannel client;

    FakeAgent(Path socket, String greeting, Function<String, List<String>> answers) throws IOException {
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        thread = new Thread(() -> serve(greeting, answers), "fake-agent");
        thread.setDaemon(true);
        thread.start();
    }

    private void serve(String greeting, Function<String, List<String>> answers) {
        try (SocketChannel c = server.accept()) {
            client = c;
            if (greeting != null) {
                write(c, greeting);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(c),
                    StandardCharsets.UTF_8));
            for (String request; (request = in.readLine()) != null; ) {
                List<String> reply = answers.apply(request);
                if (reply == null) {
                    return; // hang up
                }
                for (String line : reply) {
                    write(c, line);
                }
            }
        } catch (IOException e) {
            if (server.isOpen()) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void write(SocketChannel c, String line) throws IOException {
        ByteBuffer b = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
            c.write(b);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        SocketChannel c = client;
        if (c != null) {
            c.close();
        }
    }
}
