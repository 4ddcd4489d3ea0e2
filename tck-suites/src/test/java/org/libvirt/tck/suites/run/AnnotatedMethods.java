package org.libvirt.tck.suites.run;

import org.testng.annotations.Test;

/** Run by {@link KitTestNGTest}, not by the build: its methods' annotations say what their results must be. */
public class AnnotatedMethods {

    @Test(expectedExceptions = IllegalStateException.class)
    public void throwsWhatItExpects() {
        throw new IllegalStateException("expected");
    }

    @Test(expectedExceptions = IllegalStateException.class)
    public void failsToThrowWhatItExpects() {
    }

    @Test(groups = "left-out")
    public void isNotInTheIncludedGroup() {
    }

    @Test(groups = "kept", invocationCount = 3)
    public void runsThreeTimes() {
    }
}
