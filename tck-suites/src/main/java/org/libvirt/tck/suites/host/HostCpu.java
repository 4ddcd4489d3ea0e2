package org.libvirt.tck.suites.host;

import static org.libvirt.tck.suites.assertions.LibvirtAssertions.assertFailsWith;

import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Node;
import org.libvirt.CPUCompareResult;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.tck.suites.assertions.LibvirtXml;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.Test;

/** The host CPU the capabilities describe is one the driver can compare and baseline. */
public class HostCpu extends Scenario {

    @ScenarioId("host.compare-cpu")
    @Test(groups = {"host", "cpu"})
    public void theHostCpuIsCompatibleWithItself() throws LibvirtException {
        // GIVEN the host CPU of the capabilities
        String cpu = hostCpuXml();

        // WHEN it is compared with the host
        CPUCompareResult result = conn().compareCPU(cpu);

        // THEN the host runs it: identical, or a superset of it
        if (result != CPUCompareResult.VIR_CPU_COMPARE_IDENTICAL
                && result != CPUCompareResult.VIR_CPU_COMPARE_SUPERSET) {
            throw new AssertionError("expected the host CPU of the capabilities to compare identical or superset, "
                    + "but found " + result + " for:\n" + cpu);
        }
    }

    @ScenarioId("host.baseline-cpu")
    @Test(groups = {"host", "cpu"})
    public void theBaselineOfTheHostCpuAloneIsAModelledCpu() throws LibvirtException {
        // GIVEN the host CPU of the capabilities
        String cpu = hostCpuXml();
        String model = tck().capabilities().host().cpuModel();

        if (model == null) {
            // WHEN it names no model (the test driver's host CPU is only an arch)
            // THEN there is nothing to baseline, and libvirt refuses the CPU definition
            assertFailsWith(ErrorNumber.VIR_ERR_XML_ERROR, () -> conn().baselineCPU(new String[] {cpu}));
            return;
        }

        // WHEN it is baselined on its own THEN the result is a CPU with a model
        String baseline = conn().baselineCPU(new String[] {cpu});
        String found = LibvirtXml.parse(baseline, "the baseline of the host CPU").hasRoot("cpu").value("/cpu/model");
        if (found == null || found.isEmpty()) {
            throw new AssertionError("expected the baseline of host CPU " + model + " to name a model, but found:\n"
                    + baseline);
        }
    }

    /** The {@code <cpu>} of the capabilities' {@code <host>}, as XML. */
    private static String hostCpuXml() throws LibvirtException {
        String caps = conn().getCapabilities();
        try {
            Document document = DocumentHelper.parseText(caps);
            Node cpu = document.selectSingleNode("/capabilities/host/cpu");
            if (cpu == null) {
                throw new AssertionError("expected the capabilities to describe the host CPU, but found no "
                        + "<host><cpu>:\n" + caps);
            }
            return cpu.asXML();
        } catch (DocumentException e) {
            throw new AssertionError("expected well-formed capabilities XML, but found: " + e.getMessage(), e);
        }
    }
}
