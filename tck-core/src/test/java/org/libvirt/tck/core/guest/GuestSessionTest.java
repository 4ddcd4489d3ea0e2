package org.libvirt.tck.core.guest;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** Against {@link FakeAgent}, a thread at the guest end of a real unix socket. */
public class GuestSessionTest {

    private static final String READY = "TCK-AGENT READY boot-1 uptime=1.00 boot=- kernel=6.1";
    private static final Duration SHORT = Duration.ofMillis(300);

    private Path dir;
    private Path socket;
    private Path console;

    @BeforeMethod
    public void folder() throws IOException {
        dir = Files.createTempDirectory("tck-session");
        socket = dir.resolve("agent.sock");
        console = dir.resolve("console.log");
    }

    @AfterMethod(alwaysRun = true)
    public void removeFolder() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    public void waitReadyReturnsTheBootIdOfTheAnnouncement() throws IOException {
        try (FakeAgent agent = new FakeAgent(socket, READY, request -> List.of());
                GuestSession session = GuestSession.connect(socket, console, SHORT)) {
            assertEquals(session.waitReady(SHORT), "boot-1");
        }
    }

    @Test
    public void helloMakesAnAgentThatAlreadyGreetedAnnounceItselfAgain() throws IOException {
        try (FakeAgent agent = new FakeAgent(socket, null,
                request -> request.equals("HELLO") ? List.of(READY) : List.of());
                GuestSession session = GuestSession.connect(socket, console, SHORT)) {
            assertEquals(session.waitReady(SHORT), "boot-1");
        }
    }

    @Test
    public void execReturnsTheExitCodeAndOutputAndSkipsExtraReadyLines() throws IOException {
        try (FakeAgent agent = new FakeAgent(socket, READY, request -> request.startsWith("EXEC 1 ")
                ? List.of(READY, "RESULT 1 3 " + AgentProtocol.encode("ran: " + AgentProtocol.decode(
                        request.split(" ")[2])))
                : List.of(READY));
                GuestSession session = GuestSession.connect(socket, console, SHORT)) {
            session.waitReady(SHORT);
            assertEquals(session.exec("false", SHORT), new ExecResult(3, "ran: false"));
        }
    }

    @Test
    public void runChecksCollectsEachScriptUntilDone() throws IOException {
        try (FakeAgent agent = new FakeAgent(socket, READY, request -> request.equals("CHECKS 1")
                ? List.of("CHECK 1 0 " + AgentProtocol.encode("a.sh") + " -",
                        "CHECK 1 77 " + AgentProtocol.encode("b.sh") + " " + AgentProtocol.encode("no disk"),
                        "CHECKS-DONE 1 2")
                : List.of());
                GuestSession session = GuestSession.connect(socket, console, SHORT)) {
            session.waitReady(SHORT);
            assertEquals(session.runChecks(SHORT),
                    List.of(new CheckResult("a.sh", 0, ""), new CheckResult("b.sh", 77, "no disk")));
        }
    }

    @Test
    public void anErrorAnswerFailsNamingTheRequestAndTheAgentsReason() throws IOException {
        try (FakeAgent agent = new FakeAgent(socket, READY,
                request -> List.of("ERROR 1 " + AgentProtocol.encode("no 9p share tagged tckchecks")));
                GuestSession session = GuestSession.connect(socket, console, SHORT)) {
            session.waitReady(SHORT);
            GuestAgentException e = expectThrows(GuestAgentException.class, () -> session.runChecks(SHORT));
            assertEquals(e.getMessage(), "guest agent on " + socket + " refused CHECKS 1: no 9p share tagged tckchecks");
        }
    }

    @Test
    public void aSilentAgentFailsInTimeNamingTheSocketAndShowingTheConsole() throws IOException {
        Files.writeString(console, "Linux version 6.1\nKernel panic - not syncing: VFS\n");
        try (FakeAgent agent = new FakeAgent(socket, null, request -> List.of());
                GuestSession session = GuestSession.connect(socket, console, SHORT)) {
            long start = System.nanoTime();
            GuestAgentException e = expectThrows(GuestAgentException.class, () -> session.waitReady(SHORT));
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
            assertEquals(e.getMessage(), "guest agent did not answer within 300 ms on " + socket
                    + " (waiting for READY); console log: " + console + " (last 2 lines):\n"
                    + "  Linux version 6.1\n  Kernel panic - not syncing: VFS");
        }
    }

    @Test
    public void interruptingTheThreadEndsAWaitForASilentAgentAtOnceAndKeepsTheInterrupt() throws Exception {
        try (FakeAgent agent = new FakeAgent(socket, null, request -> List.of());
                GuestSession session = GuestSession.connect(socket, console, SHORT)) {
            Thread waiter = Thread.currentThread();
            Thread interrupter = new Thread(() -> {
                sleepQuietly(200);
                waiter.interrupt();
            });
            interrupter.start();
            long start = System.nanoTime();
            GuestAgentException e = expectThrows(GuestAgentException.class,
                    () -> session.waitReady(Duration.ofSeconds(60)));
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "ended long before 60 s");
            assertEquals(e.getMessage(), "interrupted while waiting for the guest agent on " + socket);
            assertTrue(Thread.interrupted(), "the thread is still marked interrupted (and is cleared here)");
            interrupter.join();
        }
    }

    @Test
    public void interruptingTheThreadEndsAWaitForASocketThatNeverAppears() throws Exception {
        Thread.currentThread().interrupt();
        GuestAgentException e = expectThrows(GuestAgentException.class,
                () -> GuestSession.connect(socket, console, Duration.ofSeconds(60)));
        assertEquals(e.getMessage(), "interrupted while connecting to the guest agent");
        assertTrue(Thread.interrupted(), "the thread is still marked interrupted (and is cleared here)");
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    public void answersLeftFromAnEarlierConnectionAreDroppedBeforeReady() throws IOException {
        try (FakeAgent agent = new FakeAgent(socket, "RESULT 1 0 " + AgentProtocol.encode("stale"),
                request -> switch (request.split(" ")[0]) {
                    case "HELLO" -> List.of(READY);
                    case "EXEC" -> List.of("RESULT 1 0 " + AgentProtocol.encode("fresh"));
                    default -> List.of();
                });
                GuestSession session = GuestSession.connect(socket, SHORT)) {
            session.waitReady(SHORT);
            assertEquals(session.exec("x", SHORT).output(), "fresh");
        }
    }

    @Test
    public void requestsBeforeReadyAreRefused() throws IOException {
        try (FakeAgent agent = new FakeAgent(socket, READY, request -> List.of());
                GuestSession session = GuestSession.connect(socket, SHORT)) {
            IllegalStateException e = expectThrows(IllegalStateException.class, () -> session.exec("true"));
            assertEquals(e.getMessage(), "call waitReady before sending requests to the guest agent on " + socket);
        }
    }

    @Test
    public void theDefaultTimeoutReadsInSeconds() {
        assertEquals(GuestSession.seconds(GuestSession.DEFAULT_TIMEOUT), "30 s");
    }

    @Test
    public void aChannelThatClosesFailsAtOnceSayingSo() throws IOException {
        try (FakeAgent agent = new FakeAgent(socket, READY, request -> request.startsWith("EXEC") ? null : List.of());
                GuestSession session = GuestSession.connect(socket, SHORT)) {
            session.waitReady(SHORT);
            GuestAgentException e = expectThrows(GuestAgentException.class,
                    () -> session.exec("true", Duration.ofSeconds(20)));
            assertEquals(e.getMessage(), "the guest agent channel " + socket
                    + " closed while waiting for EXEC 1 (true); did the guest stop?; console log: not captured");
        }
    }

    @Test
    public void connectingToASocketThatNeverAppearsFailsInTime() {
        GuestAgentException e = expectThrows(GuestAgentException.class,
                () -> GuestSession.connect(socket, console, SHORT));
        assertTrue(e.getMessage().startsWith("could not connect to the guest agent socket " + socket
                + " within 300 ms: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; console log: " + console + " does not exist"), e.getMessage());
    }

    @Test
    public void aLineOutsideTheProtocolFailsQuotingIt() throws IOException {
        try (FakeAgent agent = new FakeAgent(socket, READY,
                request -> request.startsWith("EXEC") ? List.of("Segmentation fault") : List.of());
                GuestSession session = GuestSession.connect(socket, SHORT)) {
            session.waitReady(SHORT);
            GuestAgentException e = expectThrows(GuestAgentException.class, () -> session.exec("x", SHORT));
            assertEquals(e.getMessage(), "guest agent on " + socket
                    + " sent not a line of the TCK agent protocol: 'Segmentation fault' while waiting for EXEC 1 (x)");
        }
    }

    @Test
    public void unreadableLinesBeforeReadyAreSkippedAndNamedIfReadyNeverComes() throws IOException {
        try (FakeAgent agent = new FakeAgent(socket, "4gc3RhbGUK 0", request -> List.of());
                GuestSession session = GuestSession.connect(socket, SHORT)) {
            GuestAgentException e = expectThrows(GuestAgentException.class, () -> session.waitReady(SHORT));
            assertEquals(e.getMessage(), "guest agent did not answer within 300 ms on " + socket
                    + " (waiting for READY; ignored not a line of the TCK agent protocol: '4gc3RhbGUK 0');"
                    + " console log: not captured");
        }
    }

    @Test
    public void theEndOfALineCutOffInAnEarlierConnectionDoesNotHideReady() throws IOException {
        try (FakeAgent agent = new FakeAgent(socket, "4gc3RhbGUK 0",
                request -> request.equals("HELLO") ? List.of(READY) : List.of());
                GuestSession session = GuestSession.connect(socket, SHORT)) {
            assertEquals(session.waitReady(SHORT), "boot-1");
        }
    }
}
