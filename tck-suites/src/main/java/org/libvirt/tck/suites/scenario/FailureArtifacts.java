package org.libvirt.tck.suites.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.tck.report.model.Attachment;

/**
 * What the report keeps of a failed scenario's guests, read before its sandbox removes them: for each domain the
 * sandbox named, its XML ({@code tck-x.xml}) while it still exists, its console log ({@code tck-x.console.log})
 * when the scenario had one written, and the tail of QEMU's log ({@code tck-x.qemu.log}) on a local QEMU driver.
 *
 * <p>Each text is bounded ({@value #MAX_BYTES} bytes, QEMU's log {@value #QEMU_LOG_LINES} lines), so a guest that
 * logs without end cannot swell the report. Nothing here fails: what cannot be read is left out.
 */
final class FailureArtifacts {

    /** The most of any one text that is kept: the end of a log, the start of an XML document. */
    static final int MAX_BYTES = 64 * 1024;
    /** How many lines of the end of QEMU's log are kept. */
    static final int QEMU_LOG_LINES = 50;

    private FailureArtifacts() {
    }

    /**
     * The attachments for the domains of {@code sandbox}; log files not written since {@code since} (when the
     * scenario started) are an earlier run's and left out.
     */
    static List<Attachment> capture(Sandbox sandbox, Instant since) {
        List<Attachment> attachments = new ArrayList<>();
        Optional<Path> qemuLogs = qemuLogFolder(sandbox.runtime().connection().uri());
        List<Path> scratch = sandbox.scratchPaths();
        for (String name : sandbox.domainNames()) {
            domainXml(sandbox, name).ifPresent(xml -> attachments.add(new Attachment(name + ".xml", xml)));
            String console = name + ".console.log";
            scratch.stream().filter(p -> p.getFileName().toString().equals(console)).findFirst()
                    .flatMap(p -> tail(p, since, Integer.MAX_VALUE))
                    .ifPresent(text -> attachments.add(new Attachment(console, text)));
            qemuLogs.flatMap(folder -> tail(folder.resolve(name + ".log"), since, QEMU_LOG_LINES))
                    .map(text -> fromFirstStartSince(text, since))
                    .ifPresent(text -> attachments.add(new Attachment(name + ".qemu.log", text)));
        }
        return attachments;
    }

    /** The domain's live XML, or empty when it is gone (a transient guest that was destroyed). */
    private static Optional<String> domainXml(Sandbox sandbox, String name) {
        Domain dom;
        try {
            dom = sandbox.runtime().libvirt().domainLookupByName(name);
        } catch (LibvirtException | RuntimeException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(head(dom.getXMLDesc(0)));
        } catch (LibvirtException | RuntimeException e) {
            return Optional.of("(the domain exists, but its XML could not be read: " + e.getMessage() + ")");
        }
    }

    /**
     * Where libvirt's QEMU driver logs each guest for {@code uri}, when that is a folder on this machine:
     * {@code /var/log/libvirt/qemu} for {@code qemu:///system}, {@code ~/.cache/libvirt/qemu/log} for
     * {@code qemu:///session}; empty for a remote or another driver.
     */
    static Optional<Path> qemuLogFolder(String uri) {
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = parsed.getScheme();
        boolean local = parsed.getHost() == null || parsed.getHost().isEmpty();
        if (!local || !("qemu".equals(scheme) || "qemu+unix".equals(scheme))) {
            return Optional.empty();
        }
        return switch (parsed.getPath()) {
            case "/system" -> Optional.of(Path.of("/var/log/libvirt/qemu"));
            case "/session" -> Optional.of(Optional.ofNullable(System.getenv("XDG_CACHE_HOME")).map(Path::of)
                    .orElse(Path.of(System.getProperty("user.home"), ".cache")).resolve("libvirt/qemu/log"));
            default -> Optional.empty();
        };
    }

    /**
     * The last {@code lines} lines of {@code file}, of at most its last {@value #MAX_BYTES} bytes; empty when it
     * does not exist, cannot be read, or was last written before {@code since}.
     */
    static Optional<String> tail(Path file, Instant since, int lines) {
        try {
            if (!Files.isRegularFile(file) || Files.getLastModifiedTime(file).toInstant().isBefore(since)) {
                return Optional.empty();
            }
            try (SeekableByteChannel channel = Files.newByteChannel(file)) {
                long size = channel.size();
                long start = Math.max(0, size - MAX_BYTES);
                channel.position(start);
                ByteBuffer bytes = ByteBuffer.allocate((int) (size - start));
                while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                    // Reads to the end as it was when the size was taken.
                }
                bytes.flip();
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(bytes).toString();
                return Optional.of(lastLines(text, lines, start));
            }
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * The last {@code lines} lines of {@code text}, which starts {@code bytesBefore} bytes into its file; a line
     * saying so comes first when anything was left out.
     */
    static String lastLines(String text, int lines, long bytesBefore) {
        String body = text;
        if (bytesBefore > 0) {
            // The cut fell inside a line: start at the next whole one.
            int nl = body.indexOf('\n');
            body = nl < 0 ? body : body.substring(nl + 1);
        }
        int pos = body.endsWith("\n") ? body.length() - 1 : body.length();
        int start = 0;
        for (int i = 0; i < lines; i++) {
            pos = pos <= 0 ? -1 : body.lastIndexOf('\n', pos - 1);
            if (pos < 0) {
                break;
            }
            start = pos + 1;
        }
        if (pos < 0) {
            start = 0;
        }
        boolean cut = bytesBefore > 0 || start > 0;
        return (cut ? LEFT_OUT + "\n" : "") + body.substring(start);
    }

    /** The first line of a tail that does not start at the beginning of its file. */
    static final String LEFT_OUT = "[... earlier lines left out: only the end of the file is kept]";

    /**
     * {@code log} from the first {@code starting up} line that libvirt wrote at or after {@code since}: QEMU's log of a
     * guest name collects every run of it, and what came before this scenario's start is an earlier one's. A log
     * without such a line is kept whole.
     */
    static String fromFirstStartSince(String log, Instant since) {
        Matcher m = STARTING_UP.matcher(log);
        while (m.find()) {
            try {
                Instant at = OffsetDateTime.parse(m.group(1), LIBVIRT_STAMP).toInstant();
                if (!at.isBefore(since)) {
                    return (m.start() > 0 ? EARLIER_RUNS + "\n" : "") + log.substring(m.start());
                }
            } catch (DateTimeParseException e) {
                // Not libvirt's stamp after all.
            }
        }
        return log;
    }

    /** libvirt's first line for each start of a guest: {@code 2024-05-01 10:00:00.123+0000: starting up ...}. */
    private static final Pattern STARTING_UP = Pattern.compile(
            "(?m)^(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4}): starting up");
    private static final DateTimeFormatter LIBVIRT_STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSxx");

    /** The first line of a QEMU log tail cut at the guest's start in this scenario. */
    static final String EARLIER_RUNS = "[... earlier lines left out: they are from before this scenario]";

    /** At most the first {@value #MAX_BYTES} characters of {@code text}, saying when the rest was left out. */
    static String head(String text) {
        return text.length() <= MAX_BYTES ? text
                : text.substring(0, MAX_BYTES) + "\n[... " + (text.length() - MAX_BYTES) + " more characters left out]";
    }
}
