package org.libvirt.tck.core.connect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.jna.NativeLong;
import com.sun.jna.ptr.IntByReference;

import org.libvirt.Domain;
import org.libvirt.TypedParameter;
import org.libvirt.jna.DomainPointer;
import org.libvirt.jna.virTypedParameter;
import org.libvirt.tck.core.internal.jna.LibvirtNative;

/**
 * The domain calls the scenarios need that libvirt-java 0.5.4 does not bind: memory with flags, NUMA and interface
 * parameters.
 *
 * <pre>{@code
 * DomainParameters.setMemory(dom, 65536, DomainParameters.AFFECT_CONFIG);
 * Map<String, TypedParameter> numa = DomainParameters.numa(dom, DomainParameters.AFFECT_CONFIG);
 * String nodeset = numa.get(DomainParameters.NUMA_NODESET).getValueAsString();
 * DomainParameters.setInterface(dom, "52:54:00:12:34:56",
 *         List.of(new TypedUintParameter(DomainParameters.BANDWIDTH_IN_AVERAGE, 1000)), AFFECT_CONFIG);
 * }</pre>
 *
 * <p>Parameters are libvirt-java's own {@link TypedParameter} classes, keyed by field name in the order libvirt
 * gives them. A failure is a {@link LibvirtError} with libvirt's code, read on the calling thread as libvirt keeps
 * it; a driver that does not implement the call gives {@code VIR_ERR_NO_SUPPORT}, as libvirt-java's calls do.
 */
public final class DomainParameters {

    /** {@code VIR_DOMAIN_AFFECT_CURRENT}. */
    public static final int AFFECT_CURRENT = 0;
    /** {@code VIR_DOMAIN_AFFECT_LIVE}. */
    public static final int AFFECT_LIVE = 1;
    /** {@code VIR_DOMAIN_AFFECT_CONFIG}. */
    public static final int AFFECT_CONFIG = 2;
    /** {@code VIR_DOMAIN_MEM_MAXIMUM}: {@link #setMemory} sets the maximum rather than the current memory. */
    public static final int MEM_MAXIMUM = 4;

    /** {@code VIR_DOMAIN_NUMA_MODE}, an int of {@code virDomainNumatuneMemMode}. */
    public static final String NUMA_MODE = "numa_mode";
    /** {@code VIR_DOMAIN_NUMA_NODESET}, a string such as {@code 0-1}. */
    public static final String NUMA_NODESET = "numa_nodeset";
    /** {@code VIR_DOMAIN_NUMATUNE_MEM_STRICT}. */
    public static final int NUMA_STRICT = 0;
    /** {@code VIR_DOMAIN_NUMATUNE_MEM_PREFERRED}. */
    public static final int NUMA_PREFERRED = 1;
    /** {@code VIR_DOMAIN_NUMATUNE_MEM_INTERLEAVE}. */
    public static final int NUMA_INTERLEAVE = 2;

    /** {@code VIR_DOMAIN_BANDWIDTH_IN_AVERAGE}, a uint in KiB/s. */
    public static final String BANDWIDTH_IN_AVERAGE = "inbound.average";
    /** {@code VIR_DOMAIN_BANDWIDTH_IN_PEAK}, a uint in KiB/s. */
    public static final String BANDWIDTH_IN_PEAK = "inbound.peak";
    /** {@code VIR_DOMAIN_BANDWIDTH_OUT_AVERAGE}, a uint in KiB/s. */
    public static final String BANDWIDTH_OUT_AVERAGE = "outbound.average";

    private static final LibvirtNative LIBVIRT = LibvirtNative.INSTANCE;

    private DomainParameters() {
    }

    /** {@code virDomainSetMemoryFlags}: sets the memory in KiB of the live domain, its configuration or its maximum. */
    public static void setMemory(Domain dom, long kib, int flags) {
        check("virDomainSetMemoryFlags", LIBVIRT.virDomainSetMemoryFlags(pointer(dom), new NativeLong(kib), flags));
    }

    /** {@code virDomainGetNumaParameters} of the live domain or its configuration. */
    public static Map<String, TypedParameter> numa(Domain dom, int flags) {
        DomainPointer domain = pointer(dom);
        return read("virDomainGetNumaParameters",
                (params, count) -> LIBVIRT.virDomainGetNumaParameters(domain, params, count, flags));
    }

    /** {@code virDomainSetNumaParameters}. */
    public static void setNuma(Domain dom, List<TypedParameter> params, int flags) {
        virTypedParameter[] array = toNative(params);
        check("virDomainSetNumaParameters",
                LIBVIRT.virDomainSetNumaParameters(pointer(dom), array, params.size(), flags));
    }

    /** {@code virDomainGetInterfaceParameters}; {@code device} is the host device name or the MAC address. */
    public static Map<String, TypedParameter> iface(Domain dom, String device, int flags) {
        DomainPointer domain = pointer(dom);
        return read("virDomainGetInterfaceParameters",
                (params, count) -> LIBVIRT.virDomainGetInterfaceParameters(domain, device, params, count, flags));
    }

    /** {@code virDomainSetInterfaceParameters}. */
    public static void setInterface(Domain dom, String device, List<TypedParameter> params, int flags) {
        virTypedParameter[] array = toNative(params);
        check("virDomainSetInterfaceParameters",
                LIBVIRT.virDomainSetInterfaceParameters(pointer(dom), device, array, params.size(), flags));
    }

    /** One of the get calls, given the array to fill ({@code null} to count) and the count. */
    @FunctionalInterface
    private interface GetCall {
        int call(virTypedParameter[] params, IntByReference count);
    }

    private static Map<String, TypedParameter> read(String function, GetCall get) {
        IntByReference count = new IntByReference(0);
        check(function, get.call(null, count));
        Map<String, TypedParameter> result = new LinkedHashMap<>();
        if (count.getValue() == 0) {
            return result;
        }
        virTypedParameter[] array = (virTypedParameter[]) new virTypedParameter().toArray(count.getValue());
        check(function, get.call(array, count));
        try {
            for (int i = 0; i < count.getValue(); i++) {
                array[i].read();
                TypedParameter param = TypedParameter.create(array[i]);
                result.put(param.field, param);
            }
        } finally {
            LIBVIRT.virTypedParamsClear(array[0].getPointer(), count.getValue());
        }
        return result;
    }

    /** The parameters in contiguous native memory, as libvirt-java builds them for {@code virDomainBlockCopy}. */
    private static virTypedParameter[] toNative(List<TypedParameter> params) {
        if (params.isEmpty()) {
            throw new IllegalArgumentException("at least one parameter is needed");
        }
        virTypedParameter[] array = (virTypedParameter[]) new virTypedParameter().toArray(params.size());
        for (int i = 0; i < params.size(); i++) {
            virTypedParameter one = TypedParameter.toNative(params.get(i));
            array[i].field = one.field;
            array[i].type = one.type;
            array[i].value = one.value;
        }
        return array;
    }

    private static DomainPointer pointer(Domain dom) {
        DomainPointer pointer = LibvirtNative.domainPointer(dom);
        if (pointer == null) {
            throw new IllegalArgumentException("the domain object was freed");
        }
        return pointer;
    }

    /** Turns a -1 into the calling thread's libvirt error. */
    private static void check(String function, int result) {
        if (result >= 0) {
            return;
        }
        throw LibvirtError.ofLastError(LIBVIRT.virGetLastError(), function);
    }
}
