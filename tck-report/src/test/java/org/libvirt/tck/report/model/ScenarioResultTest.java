package org.libvirt.tck.report.model;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.testng.annotations.Test;

public class ScenarioResultTest {

    private static final Attachment XML = new Attachment("tck-a.xml", "<domain/>");

    @Test
    public void theOlderConstructorsGiveNoAttachments() {
        ScenarioResult six = new ScenarioResult("domain.a", List.of(), Status.PASS, Duration.ZERO, null, null);
        ScenarioResult seven = new ScenarioResult("domain.a", List.of(), Status.PASS, Duration.ZERO, null, null, null);
        assertEquals(six.attachments(), List.of());
        assertEquals(seven, six);
    }

    @Test
    public void attachmentsAreCopiedAndKeptWhenAKnownEntryChangesTheStatus() {
        List<Attachment> list = new ArrayList<>(List.of(XML));
        ScenarioResult r = new ScenarioResult("domain.a", List.of(), Status.FAIL, Duration.ZERO, "m", null, null, list);
        list.clear();
        assertEquals(r.attachments(), List.of(XML));
        ScenarioResult known = r.withStatus(Status.KNOWN_FAIL, new KnownIssue("r", null, null));
        assertEquals(known.attachments(), List.of(XML));
        assertEquals(r.withAttachments(List.of()).attachments(), List.of());
    }

    @Test
    public void nullAttachmentsAreRefusedNamingTheScenario() {
        NullPointerException e = expectThrows(NullPointerException.class, () -> new ScenarioResult("domain.a",
                List.of(), Status.FAIL, Duration.ZERO, null, null, null, null));
        assertTrue(e.getMessage().contains("attachments of domain.a"), e.getMessage());
        List<Attachment> withNull = new ArrayList<>();
        withNull.add(null);
        e = expectThrows(NullPointerException.class, () -> new ScenarioResult("domain.a",
                List.of(), Status.FAIL, Duration.ZERO, null, null, null, withNull));
        assertTrue(e.getMessage().endsWith("found null at 0"), e.getMessage());
    }

    @Test
    public void anAttachmentNeedsANameAndText() {
        IllegalArgumentException blank = expectThrows(IllegalArgumentException.class, () -> new Attachment(" ", ""));
        assertEquals(blank.getMessage(), "Attachment.name: expected a name such as tck-checks.xml but found a blank "
                + "string");
        NullPointerException text = expectThrows(NullPointerException.class, () -> new Attachment("a", null));
        assertEquals(text.getMessage(), "Attachment.text of a: expected its content (\"\" for none) but found null");
    }

    @Test
    public void aSubResultNamesItsScenarioAsParent() {
        assertNull(new ScenarioResult("guest.checks", List.of(), Status.PASS, Duration.ZERO, null, null).parentId());
        assertEquals(new ScenarioResult("guest.checks/20-memory", List.of(), Status.PASS, Duration.ZERO, null, null)
                .parentId(), "guest.checks");
        ScenarioResult tap = new ScenarioResult("guest.checks/20-memory/2-above", List.of(), Status.PASS,
                Duration.ZERO, null, null);
        assertEquals(tap.parentId(), "guest.checks/20-memory");
        assertEquals(tap.family(), "guest");
    }
}
