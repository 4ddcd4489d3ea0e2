package org.libvirt.tck.suites.bench;

import org.libvirt.LibvirtException;
import org.libvirt.tck.suites.scenario.Scenario;
import org.libvirt.tck.suites.scenario.ScenarioId;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** One lifecycle round as a scenario, run as many times as the benchmark asks through the kit; not part of any family. */
public class BenchmarkScenario extends Scenario {

    static volatile int rounds = 100;

    @DataProvider
    public static Object[][] rounds() {
        Object[][] rows = new Object[rounds][];
        for (int i = 0; i < rounds; i++) {
            rows[i] = new Object[] {i};
        }
        return rows;
    }

    @ScenarioId("bench.lifecycle-round")
    @Test(groups = "bench", dataProvider = "rounds")
    public void oneLifecycleRound(int round) throws LibvirtException {
        LifecycleRound.run(conn(), sandbox().domain("bench"), tck().guestDefaults());
    }

}
