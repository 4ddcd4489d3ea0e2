package org.libvirt.tck.domainbuilder;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.expectThrows;

import org.testng.Assert.ThrowingRunnable;

/** Asserts that a builder call fails with the exception type and wording a user would see. */
public final class Rejections {

    private Rejections() {
    }

    /** Fails unless {@code call} throws an {@link IllegalArgumentException} with exactly {@code message}. */
    public static void assertArgumentRejected(ThrowingRunnable call, String message) {
        assertEquals(expectThrows(IllegalArgumentException.class, call).getMessage(), message);
    }

    /** Fails unless {@code call} throws an {@link IllegalStateException} with exactly {@code message}. */
    public static void assertCombinationRejected(ThrowingRunnable call, String message) {
        assertEquals(expectThrows(IllegalStateException.class, call).getMessage(), message);
    }
}
