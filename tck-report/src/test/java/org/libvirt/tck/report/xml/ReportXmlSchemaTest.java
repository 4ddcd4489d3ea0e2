package org.libvirt.tck.report.xml;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import java.io.InputStream;
import java.util.List;
import org.dom4j.Document;
import org.dom4j.Element;
import org.dom4j.Node;
import org.dom4j.io.SAXReader;
import org.libvirt.tck.report.model.Status;
import org.testng.annotations.Test;

public class ReportXmlSchemaTest {

    private static Document xsd() throws Exception {
        try (InputStream in = ReportXmlSchema.class.getResourceAsStream(ReportXmlSchema.RESOURCE)) {
            return new SAXReader().read(in);
        }
    }

    @Test
    public void everyElementAndAttributeOfTheFormatIsDocumented() throws Exception {
        List<Node> declarations = xsd().selectNodes("//*[local-name()='element' or local-name()='attribute']");
        assertFalse(declarations.isEmpty());
        for (Node node : declarations) {
            Element declaration = (Element) node;
            String doc = declaration.valueOf("*[local-name()='annotation']/*[local-name()='documentation']");
            assertFalse(doc.isBlank(), declaration.getName() + " " + declaration.attributeValue("name")
                    + " has no xs:annotation/xs:documentation");
        }
    }

    @Test
    public void onlyTheReportIsAGlobalElement() throws Exception {
        List<Node> globals = xsd().selectNodes("/*/*[local-name()='element']/@name");
        assertEquals(globals.stream().map(Node::getText).toList(), List.of(ReportXmlSchema.ROOT));
    }

    @Test
    public void theSchemaListsExactlyTheStatusXmlNames() throws Exception {
        List<Node> values = xsd().selectNodes("//*[local-name()='simpleType'][@name='status']//@value");
        assertEquals(values.stream().map(Node::getText).toList(),
                List.of(Status.values()).stream().map(Status::xmlName).toList());
    }

    @Test
    public void theSchemaCompiles() {
        assertTrue(ReportXmlSchema.schema() != null);
        assertEquals(ReportXmlSchema.schema(), ReportXmlSchema.schema(), "compiled once");
    }
}
