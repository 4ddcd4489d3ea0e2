package org.libvirt.tck.suites.domain;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.libvirt.Domain;
import org.libvirt.DomainBlockInfo;
import org.libvirt.DomainBlockStats;
import org.libvirt.DomainInterfaceStats;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.tck.domainbuilder.domain.Disk;
import org.libvirt.tck.domainbuilder.domain.DiskBus;
import org.libvirt.tck.domainbuilder.domain.DiskFormat;
import org.libvirt.tck.domainbuilder.domain.Nic;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.libvirt.tck.suites.scenario.Unsupported;
import org.testng.annotations.Test;

/**
 * What a running domain reports of its file-backed raw disk and its interface: block info, resize, peek, and the
 * I/O counters. The test driver answers block info and the counters with made-up values of its own, which are
 * checked only for sense; on a real hypervisor they are checked against the image file.
 */
public class DomainBlockDevices extends DeviceScenario {

    /** {@code VIR_DOMAIN_BLOCK_RESIZE_BYTES}: the new size is in bytes, not KiB. */
    private static final int RESIZE_BYTES = 1;
    private static final byte[] MARKER = "libvirt-tck block peek marker".getBytes(StandardCharsets.US_ASCII);
    private static final long MARKER_OFFSET = 65536 + 512;

    @ScenarioId("domain.block-info")
    @Test(groups = {"domain", "devices", "live"})
    public void blockInfoOfARunningDomainsRawDiskGivesTheImagesSize() throws LibvirtException {
        // GIVEN a running domain with a 1 MiB raw image at vda
        Domain dom = runningWithDisk("block-info");

        // WHEN its block info is asked for
        DomainBlockInfo info = dom.blockInfo("vda");

        // THEN a raw image's capacity and physical size are the file's size, and no more is allocated
        if (onTestDriver()) {
            positive("capacity", info.getCapacity(), dom);
            return;
        }
        expect("capacity", MIB, info.getCapacity(), dom);
        expect("physical size", MIB, info.getPhysical(), dom);
        if (info.getAllocation() < 0 || info.getAllocation() > info.getPhysical()) {
            throw new AssertionError("expected the allocation of vda in " + dom.getName() + " to be between 0 and "
                    + "its physical size " + info.getPhysical() + " but found " + info.getAllocation());
        }
    }

    @ScenarioId("domain.block-info-unknown-disk-refused")
    @Test(groups = {"domain", "devices", "live"})
    public void blockInfoAndStatsOfADiskTheDomainLacksFailWithInvalidArg() throws LibvirtException {
        // GIVEN a running domain with a disk at vda only
        Domain dom = runningWithDisk("block-unknown");

        // WHEN block info and block stats of vdz are asked for THEN libvirt refuses the argument
        assertFailsWith(ErrorNumber.VIR_ERR_INVALID_ARG, () -> dom.blockInfo("vdz"));
        assertFailsWith(ErrorNumber.VIR_ERR_INVALID_ARG, () -> dom.blockStats("vdz"));
    }

    @ScenarioId("domain.block-resize")
    @Test(groups = {"domain", "devices", "live"})
    public void resizingARunningDomainsDiskGrowsItsCapacityAndTheImage() throws LibvirtException, IOException {
        // GIVEN a running domain with a 1 MiB raw image at vda
        Domain dom = runningWithDisk("block-resize");

        // WHEN the disk is resized to 2 MiB
        dom.blockResize("vda", 2 * MIB, RESIZE_BYTES);

        // THEN block info gives 2 MiB, and so does the image file when it is on this host
        expect("capacity", 2 * MIB, dom.blockInfo("vda").getCapacity(), dom);
        Path image = sandbox().scratchPath("block-resize.img");
        if (filesAreOnThisHost()) {
            expect("image file size", 2 * MIB, Files.size(image), dom);
        }
    }

    @ScenarioId("domain.block-peek")
    @Test(groups = {"domain", "devices", "live"})
    public void peekingAtARunningDomainsDiskReadsWhatTheImageHoldsAtThatOffset() throws LibvirtException {
        if (!onTestDriver() && !filesAreOnThisHost()) {
            throw new Unsupported("block peek is checked against an image file the kit writes, and the driver's "
                    + "files are on another host");
        }
        // GIVEN a raw image with a marker at offset 66048, at vda of a running domain
        Path image = rawImage("block-peek", MIB);
        writeAt(image, MARKER_OFFSET, MARKER);
        Disk disk = Disk.file(image.toString()).format(DiskFormat.RAW).target("vda", DiskBus.VIRTIO);
        Domain dom = conn().domainCreateXML(domain(sandbox().domain("block-peek")).withDisk(disk).build().toXml(),
                0);

        // WHEN the disk is peeked at that offset, and at the start
        ByteBuffer marker = ByteBuffer.allocateDirect(MARKER.length);
        dom.blockPeek("vda", MARKER_OFFSET, marker);
        ByteBuffer start = ByteBuffer.allocateDirect(512);
        dom.blockPeek("vda", 0, start);

        // THEN the marker comes back, and the start of the sparse image is zeros
        byte[] read = new byte[MARKER.length];
        marker.rewind();
        marker.get(read);
        if (!Arrays.equals(read, MARKER)) {
            throw new AssertionError("expected blockPeek(vda, " + MARKER_OFFSET + ") of " + dom.getName()
                    + " to read '" + new String(MARKER, StandardCharsets.US_ASCII) + "' but read '"
                    + new String(read, StandardCharsets.ISO_8859_1) + "'");
        }
        for (int i = 0; i < 512; i++) {
            if (start.get(i) != 0) {
                throw new AssertionError("expected blockPeek(vda, 0) of " + dom.getName() + " to read zeros from a "
                        + "sparse image, but byte " + i + " is " + start.get(i));
            }
        }
    }

    @ScenarioId("domain.block-stats")
    @Test(groups = {"domain", "devices", "live"})
    public void blockStatsOfARunningDomainsDiskAreCounters() throws LibvirtException {
        // GIVEN a running domain with a disk at vda
        Domain dom = runningWithDisk("block-stats");

        // WHEN its block stats are asked for THEN every counter is a count (libvirt gives -1 for "not known")
        DomainBlockStats stats = dom.blockStats("vda");
        long[] counters = {stats.rd_req, stats.rd_bytes, stats.wr_req, stats.wr_bytes};
        for (long counter : counters) {
            if (counter < 0) {
                throw new AssertionError("expected the read and write counters of vda in " + dom.getName()
                        + " to be counts, but found rd_req " + stats.rd_req + ", rd_bytes " + stats.rd_bytes
                        + ", wr_req " + stats.wr_req + ", wr_bytes " + stats.wr_bytes);
            }
        }
        if (stats.rd_bytes > 0 && stats.rd_req == 0) {
            throw new AssertionError("expected bytes read from vda of " + dom.getName() + " to come with read "
                    + "requests, but found " + stats.rd_bytes + " bytes in 0 requests");
        }
    }

    @ScenarioId("domain.interface-stats")
    @Test(groups = {"domain", "devices", "live"})
    public void interfaceStatsOfARunningDomainAreCountersAndAnUnknownInterfaceIsRefused() throws LibvirtException {
        // GIVEN a running domain with an interface on a network
        String net = startNetwork("if-stats");
        Domain dom = conn().domainCreateXML(domain(sandbox().domain("if-stats"))
                .withInterface(Nic.network(net).mac("52:54:00:7c:01:01")).build().toXml(), 0);
        String hostDevice = xml(dom, XML_LIVE).value("/domain/devices/interface/target/@dev");

        // WHEN the stats of its host device are asked for THEN they are counts
        DomainInterfaceStats stats = dom.interfaceStats(hostDevice);
        long[] counters = {stats.rx_bytes, stats.rx_packets, stats.tx_bytes, stats.tx_packets};
        for (long counter : counters) {
            if (counter < 0) {
                throw new AssertionError("expected the counters of interface " + hostDevice + " of "
                        + dom.getName() + " to be counts, but found " + stats);
            }
        }

        // AND an interface the domain does not have is refused
        assertFailsWith(ErrorNumber.VIR_ERR_INVALID_ARG, () -> dom.interfaceStats("tck-no-such-if"));
    }

    private static Domain runningWithDisk(String suffix) throws LibvirtException {
        return conn().domainCreateXML(domain(sandbox().domain(suffix)).withDisk(rawDisk(suffix, "vda")).build()
                .toXml(), 0);
    }

    /** Whether the driver's disk images are the files the kit writes: a real hypervisor on a local URI. */
    private static boolean filesAreOnThisHost() {
        return !onTestDriver() && URI.create(tck().connection().uri()).getHost() == null;
    }

    private static void writeAt(Path image, long offset, byte[] bytes) {
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.seek(offset);
            file.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the marker into " + image, e);
        }
    }

    private static void expect(String what, long expected, long actual, Domain dom) throws LibvirtException {
        if (expected != actual) {
            throw new AssertionError("expected the " + what + " of vda in " + dom.getName() + " to be " + expected
                    + " bytes but found " + actual);
        }
    }

    private static void positive(String what, long actual, Domain dom) throws LibvirtException {
        if (actual <= 0) {
            throw new AssertionError("expected a positive " + what + " of vda in " + dom.getName() + " but found "
                    + actual);
        }
    }
}
