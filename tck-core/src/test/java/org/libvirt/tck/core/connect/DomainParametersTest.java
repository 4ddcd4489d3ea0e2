package org.libvirt.tck.core.connect;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.util.List;
import java.util.Map;

import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.Error.ErrorNumber;
import org.libvirt.LibvirtException;
import org.libvirt.TypedIntParameter;
import org.libvirt.TypedParameter;
import org.libvirt.TypedStringParameter;
import org.libvirt.TypedUintParameter;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** Runs the native memory, NUMA and interface parameter calls against {@code test:///default}. */
public class DomainParametersTest {

    private static final String MAC = "52:54:00:7c:02:01";
    private static final String XML = "<domain type='test'><name>tck-params</name><memory>262144</memory>"
            + "<vcpu>1</vcpu><numatune><memory mode='interleave' nodeset='0'/></numatune>"
            + "<os><type arch='i686'>hvm</type></os><devices><interface type='network'>"
            + "<mac address='" + MAC + "'/><source network='default'/></interface></devices></domain>";

    private Connect conn;
    private Domain dom;

    @BeforeMethod
    public void defineDomain() throws LibvirtException {
        TckConnection.initialise();
        conn = new Connect("test:///default");
        dom = conn.domainDefineXML(XML);
    }

    @AfterMethod(alwaysRun = true)
    public void undefineDomain() throws LibvirtException {
        dom.undefine();
        dom.free();
        conn.close();
    }

    @Test
    public void numaParametersOfTheConfigurationAreTheDefinitions() {
        Map<String, TypedParameter> numa = DomainParameters.numa(dom, DomainParameters.AFFECT_CONFIG);

        assertEquals(((TypedIntParameter) numa.get(DomainParameters.NUMA_MODE)).value,
                DomainParameters.NUMA_INTERLEAVE);
        assertEquals(((TypedStringParameter) numa.get(DomainParameters.NUMA_NODESET)).value, "0");
    }

    @Test
    public void settingTheNumaModeShowsInTheXml() throws LibvirtException {
        DomainParameters.setNuma(dom, List.of(new TypedIntParameter(DomainParameters.NUMA_MODE,
                DomainParameters.NUMA_STRICT)), DomainParameters.AFFECT_CONFIG);

        assertTrue(dom.getXMLDesc(2).contains("<memory mode='strict' nodeset='0'/>"), dom.getXMLDesc(2));
    }

    @Test
    public void aStringParameterIsPassedToLibvirt() throws LibvirtException {
        DomainParameters.setNuma(dom, List.of(new TypedStringParameter(DomainParameters.NUMA_NODESET, "0-1")),
                DomainParameters.AFFECT_CONFIG);

        Map<String, TypedParameter> numa = DomainParameters.numa(dom, DomainParameters.AFFECT_CONFIG);
        assertEquals(((TypedStringParameter) numa.get(DomainParameters.NUMA_NODESET)).value, "0-1");
    }

    @Test
    public void interfaceParametersSetAreReadBack() {
        DomainParameters.setInterface(dom, MAC, List.of(new TypedUintParameter(
                DomainParameters.BANDWIDTH_IN_AVERAGE, 1000)), DomainParameters.AFFECT_CONFIG);

        Map<String, TypedParameter> params = DomainParameters.iface(dom, MAC, DomainParameters.AFFECT_CONFIG);
        assertEquals(((TypedUintParameter) params.get(DomainParameters.BANDWIDTH_IN_AVERAGE)).value, 1000);
        assertEquals(((TypedUintParameter) params.get(DomainParameters.BANDWIDTH_OUT_AVERAGE)).value, 0);
    }

    @Test
    public void settingTheConfiguredMemoryChangesTheCurrentMemory() throws LibvirtException {
        DomainParameters.setMemory(dom, 131072, DomainParameters.AFFECT_CONFIG);

        assertEquals(dom.getInfo().memory, 131072);
        assertEquals(dom.getInfo().maxMem, 262144);
    }

    @Test
    public void aFailureCarriesLibvirtsCode() {
        LibvirtError e = expectThrows(LibvirtError.class,
                () -> DomainParameters.setMemory(dom, 131072, DomainParameters.AFFECT_LIVE));

        assertTrue(e.is(ErrorNumber.VIR_ERR_OPERATION_INVALID), e.getMessage());
        assertEquals(e.codeName(), "VIR_ERR_OPERATION_INVALID");
    }
}
