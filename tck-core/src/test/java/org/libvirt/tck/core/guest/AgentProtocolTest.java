package org.libvirt.tck.core.guest;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.util.Map;
import java.util.OptionalLong;

import org.libvirt.tck.core.guest.AgentProtocol.Check;
import org.libvirt.tck.core.guest.AgentProtocol.ChecksDone;
import org.libvirt.tck.core.guest.AgentProtocol.Error;
import org.libvirt.tck.core.guest.AgentProtocol.Ready;
import org.libvirt.tck.core.guest.AgentProtocol.Result;
import org.testng.annotations.Test;

public class AgentProtocolTest {

    @Test
    public void execCarriesTheCommandAsBase64() {
        assertEquals(AgentProtocol.exec(7, "echo hello; uname -r"), "EXEC 7 ZWNobyBoZWxsbzsgdW5hbWUgLXI=");
    }

    @Test
    public void otherRequestsAreTheirKeywordAndId() {
        assertEquals(AgentProtocol.hello(), "HELLO");
        assertEquals(AgentProtocol.checks(3), "CHECKS 3");
        assertEquals(AgentProtocol.poweroff(4), "POWEROFF 4");
    }

    @Test
    public void emptyTextIsADashSoNoFieldIsMissing() {
        assertEquals(AgentProtocol.encode(""), "-");
        assertEquals(AgentProtocol.decode("-"), "");
    }

    @Test
    public void textRoundTripsThroughBase64IncludingNewlinesAndUtf8() {
        String text = "line one\nligne deux é\t\n";
        assertEquals(AgentProtocol.decode(AgentProtocol.encode(text)), text);
    }

    @Test
    public void readyGivesTheBootIdAndAttributes() {
        Ready ready = (Ready) AgentProtocol.parse(
                "TCK-AGENT READY 0508a9e7-9985-4794-b0b6-223c196ed34d uptime=3.61 boot=- kernel=6.1.0-57-amd64");
        assertEquals(ready.bootId(), "0508a9e7-9985-4794-b0b6-223c196ed34d");
        assertEquals(ready.attributes(), Map.of("uptime", "3.61", "boot", "-", "kernel", "6.1.0-57-amd64"));
    }

    @Test
    public void readyWithoutAttributesIsAccepted() {
        assertEquals(AgentProtocol.parse("TCK-AGENT READY abc"), new Ready("abc", Map.of()));
    }

    @Test
    public void resultGivesIdExitCodeAndDecodedOutput() {
        assertEquals(AgentProtocol.parse("RESULT 1 0 aGVsbG8K"), new Result(1, 0, "hello\n"));
        assertEquals(AgentProtocol.parse("RESULT 2 42 -"), new Result(2, 42, ""));
    }

    @Test
    public void checkGivesTheScriptNameAndItsOutcome() {
        assertEquals(AgentProtocol.parse("CHECK 3 77 Yi1za2lwLnNo bm9wZQo="),
                new Check(3, new CheckResult("b-skip.sh", 77, "nope\n")));
        assertEquals(AgentProtocol.parse("CHECKS-DONE 3 2"), new ChecksDone(3, 2));
    }

    @Test
    public void errorMayHaveNoId() {
        assertEquals(AgentProtocol.parse("ERROR 5 " + AgentProtocol.encode("unknown request FOO")),
                new Error(OptionalLong.of(5), "unknown request FOO"));
        assertEquals(AgentProtocol.parse("ERROR - " + AgentProtocol.encode("usage")),
                new Error(OptionalLong.empty(), "usage"));
    }

    @Test
    public void aLineOutsideTheProtocolIsRejectedNamingIt() {
        for (String line : new String[] {"", "hello world", "RESULT 1 0", "RESULT x 0 -", "TCK-AGENT STARTING x",
                "CHECK 1 0 -", "TCK-AGENT READY id noequals"}) {
            IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> AgentProtocol.parse(line));
            assertEquals(e.getMessage(), "not a line of the TCK agent protocol: '" + line + "'");
        }
    }

    @Test
    public void invalidBase64IsRejected() {
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                () -> AgentProtocol.parse("RESULT 1 0 !!!"));
        assertTrue(e.getMessage().contains("not base64: !!!"), e.getMessage());
    }

    @Test
    public void checkStatusFollowsTheAutomakeConvention() {
        assertEquals(new CheckResult("a", 0, "").status(), CheckResult.Status.PASS);
        assertEquals(new CheckResult("a", 77, "").status(), CheckResult.Status.SKIP);
        assertEquals(new CheckResult("a", 1, "").status(), CheckResult.Status.FAIL);
        assertEquals(new CheckResult("a", 139, "").status(), CheckResult.Status.FAIL);
    }
}
