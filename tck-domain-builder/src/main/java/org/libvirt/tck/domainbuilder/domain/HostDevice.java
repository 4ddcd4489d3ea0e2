package org.libvirt.tck.domainbuilder.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.libvirt.tck.domainbuilder.internal.Checks;

/**
 * A host device passed through to a domain, {@code <hostdev mode='subsystem'>}: an immutable value.
 *
 * <p>The {@code type} follows from the factory: {@link #pci} gives {@code type='pci' managed='yes'} (libvirt detaches
 * the device from its host driver when the domain starts and gives it back when it stops), {@link #usb} gives
 * {@code type='usb'}, the device found by vendor and product.
 * <pre>{@code
 * HostDevice nic = HostDevice.pci("0000:00:1f.0");
 * HostDevice key = HostDevice.usb("046d:c52b");
 * }</pre>
 */
public final class HostDevice {

    /** The {@code type} attribute: the bus the device sits on. */
    public enum Type {
        PCI("pci"),
        USB("usb");

        private final String xmlValue;

        Type(String xmlValue) {
            this.xmlValue = xmlValue;
        }

        /** The value of the {@code type} attribute. */
        public String xmlValue() {
            return xmlValue;
        }
    }

    private static final Pattern PCI_ADDRESS = Pattern.compile(
            "([0-9a-fA-F]{4}):([0-9a-fA-F]{2}):([0-1][0-9a-fA-F])\\.([0-7])");
    private static final Pattern USB_ID = Pattern.compile("([0-9a-fA-F]{4}):([0-9a-fA-F]{4})");

    private final Type type;
    private final String[] parts;

    private HostDevice(Type type, String[] parts) {
        this.type = type;
        this.parts = parts;
    }

    /**
     * A PCI device by its host address.
     *
     * @param address {@code domain:bus:slot.function} as {@code lspci -D} prints it, e.g. {@code 0000:00:1f.0}
     */
    public static HostDevice pci(String address) {
        return new HostDevice(Type.PCI, groups("PCI address", address, PCI_ADDRESS,
                "domain:bus:slot.function in hexadecimal such as 0000:00:1f.0"));
    }

    /**
     * A USB device by vendor and product.
     *
     * @param vendorProduct {@code vendor:product} as {@code lsusb} prints it, e.g. {@code 046d:c52b}
     */
    public static HostDevice usb(String vendorProduct) {
        return new HostDevice(Type.USB, groups("USB id", vendorProduct, USB_ID,
                "vendor:product in hexadecimal such as 046d:c52b"));
    }

    /** The {@code type} attribute, derived from the factory. */
    public Type type() {
        return type;
    }

    /** Whether libvirt manages the device's host driver ({@code managed='yes'}); PCI devices only. */
    public boolean isManaged() {
        return type == Type.PCI;
    }

    /** The PCI {@code domain} as libvirt writes it, {@code 0x0000}; PCI devices only. */
    public String pciDomain() {
        return hex(Type.PCI, 0);
    }

    /** The PCI {@code bus}, {@code 0x00}; PCI devices only. */
    public String pciBus() {
        return hex(Type.PCI, 1);
    }

    /** The PCI {@code slot}, {@code 0x1f}; PCI devices only. */
    public String pciSlot() {
        return hex(Type.PCI, 2);
    }

    /** The PCI {@code function}, {@code 0x0}; PCI devices only. */
    public String pciFunction() {
        return hex(Type.PCI, 3);
    }

    /** The USB vendor id, {@code 0x046d}; USB devices only. */
    public String usbVendor() {
        return hex(Type.USB, 0);
    }

    /** The USB product id, {@code 0xc52b}; USB devices only. */
    public String usbProduct() {
        return hex(Type.USB, 1);
    }

    private String hex(Type expected, int index) {
        if (type != expected) {
            throw new IllegalStateException("a " + type.xmlValue() + " host device has no " + expected.xmlValue()
                    + " address part");
        }
        return "0x" + parts[index];
    }

    private static String[] groups(String what, String value, Pattern pattern, String expected) {
        Checks.notNull(what, value);
        Matcher m = pattern.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException(what + " must be " + expected + ", got '" + value + "'");
        }
        String[] parts = new String[m.groupCount()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = m.group(i + 1).toLowerCase(Locale.ROOT);
        }
        return parts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HostDevice h && type == h.type && Arrays.equals(parts, h.parts);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return "HostDevice[" + type.xmlValue() + " " + String.join(":", parts) + "]";
    }
}
