package org.libvirt.tck.suites.run;

import org.testng.annotations.Test;

/** Looked at by {@link KitTestNGTest}, never run: its method is a test only through its class's {@code @Test}. */
@Test(groups = "from-the-class")
public class ClassLevelAnnotated {

    public void testedThroughItsClass() {
    }
}
