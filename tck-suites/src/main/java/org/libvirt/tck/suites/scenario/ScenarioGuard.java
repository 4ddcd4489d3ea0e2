package org.libvirt.tck.suites.scenario;

import java.util.ArrayList;
import java.util.List;

import org.libvirt.tck.core.connect.LibvirtError;
import org.libvirt.tck.core.host.TckObject;
import org.libvirt.tck.core.host.TckObjects;
import org.testng.IInvokedMethod;
import org.testng.IInvokedMethodListener;
import org.testng.ITestResult;

/**
 * Runs around every scenario: gives it a sandbox, removes what it created, fails it for leaks, and reports
 * "the driver does not implement this" as {@code unsupported}.
 *
 * <p>These rules live here, in one listener, so that scenarios contain only the behaviour they check.
 */
public final class ScenarioGuard implements IInvokedMethodListener {

    private final TckRuntime runtime;

    public ScenarioGuard(TckRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void beforeInvocation(IInvokedMethod method, ITestResult result) {
        if (method.isTestMethod()) {
            Scenario.enter(new Sandbox(runtime));
        }
    }

    @Override
    public void afterInvocation(IInvokedMethod method, ITestResult result) {
        if (!method.isTestMethod()) {
            return;
        }
        Sandbox sandbox = Scenario.leave();
        List<String> problems = new ArrayList<>();
        try {
            problems.addAll(sandbox.cleanUp());
            List<TckObject> leaked = TckObjects.find(runtime.libvirt());
            if (!leaked.isEmpty()) {
                problems.add("left behind objects it did not name through its sandbox: " + leaked);
                TckObjects.remove(runtime.libvirt(), leaked);
            }
        } catch (LibvirtError e) {
            problems.add("cleanup failed: " + e.getMessage());
        }
        if (!problems.isEmpty() && result.getStatus() == ITestResult.SUCCESS) {
            result.setStatus(ITestResult.FAILURE);
            result.setThrowable(new AssertionError("scenario passed, but " + String.join("; ", problems)));
        }
        markUnsupported(result);
    }

    private static void markUnsupported(ITestResult result) {
        if (result.getStatus() != ITestResult.FAILURE) {
            return;
        }
        LibvirtError error = LibvirtError.find(result.getThrowable());
        if (error != null && error.isNoSupport()) {
            result.setStatus(ITestResult.SKIP);
            result.setThrowable(new Unsupported(error.libvirtMessage()));
        }
    }
}
