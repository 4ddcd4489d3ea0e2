package org.libvirt.tck.suites.scenario;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.testng.annotations.Test;

public class FailureArtifactsTest {

    @Test
    public void qemuLogsAreReadOnlyForALocalQemuDriver() {
        assertEquals(FailureArtifacts.qemuLogFolder("qemu:///system"), Optional.of(Path.of("/var/log/libvirt/qemu")));
        assertEquals(FailureArtifacts.qemuLogFolder("qemu+unix:///system"),
                Optional.of(Path.of("/var/log/libvirt/qemu")));
        assertTrue(FailureArtifacts.qemuLogFolder("qemu:///session").orElseThrow().endsWith("libvirt/qemu/log"));
        assertEquals(FailureArtifacts.qemuLogFolder("qemu+ssh://host/system"), Optional.empty());
        assertEquals(FailureArtifacts.qemuLogFolder("test:///default"), Optional.empty());
        assertEquals(FailureArtifacts.qemuLogFolder("lxc:///"), Optional.empty());
        assertEquals(FailureArtifacts.qemuLogFolder("not a uri"), Optional.empty());
    }

    @Test
    public void theLastLinesAreKeptSayingThatEarlierOnesWereLeftOut() {
        assertEquals(FailureArtifacts.lastLines("a\nb\nc\n", 2, 0), FailureArtifacts.LEFT_OUT + "\nb\nc\n");
        assertEquals(FailureArtifacts.lastLines("a\nb\nc", 2, 0), FailureArtifacts.LEFT_OUT + "\nb\nc");
        assertEquals(FailureArtifacts.lastLines("a\nb\nc\n", 3, 0), "a\nb\nc\n");
        assertEquals(FailureArtifacts.lastLines("a\nb\n", 50, 0), "a\nb\n");
        assertEquals(FailureArtifacts.lastLines("", 50, 0), "");
        assertEquals(FailureArtifacts.lastLines("rt of a line\nwhole\n", 50, 100), FailureArtifacts.LEFT_OUT
                + "\nwhole\n", "a tail cut inside a line starts at the next whole one");
    }

    @Test
    public void aLogIsBoundedToItsLastBytesAndAnOldOrMissingOneIsLeftOut() throws Exception {
        Path dir = Files.createTempDirectory("tck-artifacts");
        Path log = dir.resolve("tck-x.log");
        String lines = IntStream.range(0, 20_000).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
        Files.writeString(log, lines + "\n");
        Instant before = Instant.now().minusSeconds(60);

        String tail = FailureArtifacts.tail(log, before, Integer.MAX_VALUE).orElseThrow();
        assertTrue(tail.length() <= FailureArtifacts.MAX_BYTES + FailureArtifacts.LEFT_OUT.length() + 1, "bounded");
        assertTrue(tail.startsWith(FailureArtifacts.LEFT_OUT + "\nline "), tail.substring(0, 80));
        assertTrue(tail.endsWith("line 19999\n"));
        assertEquals(FailureArtifacts.tail(log, before, 2).orElseThrow(), FailureArtifacts.LEFT_OUT
                + "\nline 19998\nline 19999\n");

        Files.setLastModifiedTime(log, FileTime.from(before.minusSeconds(60)));
        assertEquals(FailureArtifacts.tail(log, before, 50), Optional.empty(), "an earlier run's log");
        assertEquals(FailureArtifacts.tail(dir.resolve("missing.log"), before, 50), Optional.empty());
        Files.delete(log);
        Files.delete(dir);
    }

    @Test
    public void aHugeXmlDocumentKeepsItsStart() {
        String xml = "<domain>" + "x".repeat(FailureArtifacts.MAX_BYTES) + "</domain>";
        String head = FailureArtifacts.head(xml);
        assertTrue(head.startsWith("<domain>xxx"));
        assertTrue(head.endsWith("\n[... 17 more characters left out]"), head.substring(head.length() - 60));
        assertEquals(FailureArtifacts.head("<domain/>"), "<domain/>");
    }

    @Test
    public void aQemuLogStartsAtTheGuestsFirstStartInThisScenario() {
        String log = FailureArtifacts.LEFT_OUT + "\n-msg timestamp=on\n"
                + "2024-05-01 09:59:59.000+0000: shutting down, reason=destroyed\n"
                + "2024-05-01 10:00:01.500+0000: starting up libvirt version: 9.0.0\nLC_ALL=C \\\n"
                + "2024-05-01 10:00:09.000+0000: starting up libvirt version: 9.0.0\n";
        Instant since = Instant.parse("2024-05-01T10:00:00Z");
        assertEquals(FailureArtifacts.fromFirstStartSince(log, since), FailureArtifacts.EARLIER_RUNS + "\n"
                + "2024-05-01 10:00:01.500+0000: starting up libvirt version: 9.0.0\nLC_ALL=C \\\n"
                + "2024-05-01 10:00:09.000+0000: starting up libvirt version: 9.0.0\n");
        assertEquals(FailureArtifacts.fromFirstStartSince(log, Instant.parse("2024-05-01T11:00:00Z")), log,
                "no start in this scenario: kept whole");
        assertEquals(FailureArtifacts.fromFirstStartSince("2024-05-01 12:00:01.500+0200: starting up x\n", since),
                "2024-05-01 12:00:01.500+0200: starting up x\n", "another zone offset");
    }
}
