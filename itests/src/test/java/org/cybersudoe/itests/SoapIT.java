package org.cybersudoe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.cybersudoe.core.security.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The SOAP directory as a regional system that integrates by WSDL sees it: the WSDL, a look-up,
 * the partner scope answered with a fault carrying the problem, and authentication.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SoapIT extends CyberSudoeTestSupport {

    static final String DIRECTORY = "/soap/network/directory";
    static final String NS = "urn:cybersudoe:network:directory:1";
    static final String PROBLEM_NS = "urn:cybersudoe:problem";

    @Before
    public void serverIsUp() {
        awaitHealthy();
    }

    @Test
    public void theWsdlIsServed() {
        Answer wsdl = get(DIRECTORY + "?wsdl", null);
        assertEquals(wsdl.toString(), 200, wsdl.status());
        Document doc = xml(wsdl);
        assertEquals("definitions", doc.getDocumentElement().getLocalName());
        for (String operation : List.of("findStructure", "listStructures", "searchPeople", "updateContact")) {
            assertTrue("the WSDL declares " + operation, wsdl.body().contains("\"" + operation + "\""));
        }
        assertTrue("the WSDL names the service NetworkDirectory", wsdl.body().contains("NetworkDirectory"));
        assertTrue("the WSDL's address is the published one", wsdl.body().contains(DIRECTORY));
    }

    @Test
    public void aDirectoryLookUpReturnsADemoPartner() {
        TestUser staff = user("soap-staff", Role.PARTNER_STAFF, "ciebi");
        Answer answer = soap(DIRECTORY, staff, "<d:findStructure xmlns:d=\"" + NS + "\"><code>cybermassif</code></d:findStructure>");
        assertEquals(answer.toString(), 200, answer.status());
        Document doc = xml(answer);
        assertEquals(answer.toString(), List.of("cybermassif"), texts(doc, "*", "code"));
        assertEquals(List.of("partner"), texts(doc, "*", "status"));
        assertTrue("the partner's name: " + answer, answer.body().contains("Cybermassif"));

        Answer list = soap(DIRECTORY, staff, "<d:listStructures xmlns:d=\"" + NS + "\"><status>partner</status></d:listStructures>");
        assertEquals(list.toString(), 200, list.status());
        List<String> codes = texts(xml(list), "*", "code");
        assertTrue("the partners listed over SOAP include ciebi and cybermassif: " + codes,
                codes.contains("ciebi") && codes.contains("cybermassif"));
    }

    @Test
    public void aCrossPartnerWriteIsAFaultCarrying403AndChangesNothing() {
        TestUser admin = admin();
        TestUser staffA = user("soap-staff-a", Role.PARTNER_STAFF, "cybermassif");
        String email = "soap-" + System.nanoTime() + "@example.org";
        JsonNode ofB = postJson(RestIT.PEOPLE, admin, RestIT.person("Soap", "Target", "ciebi", email)).json();
        long id = ofB.path("id").asLong();
        long version = ofB.path("version").asLong();

        Answer fault = soap(DIRECTORY, staffA, "<d:updateContact xmlns:d=\"" + NS + "\"><personId>" + id
                + "</personId><version>" + version + "</version><email>hijacked@example.org</email></d:updateContact>");
        assertEquals("a SOAP fault is answered with 500: " + fault, 500, fault.status());
        Document doc = xml(fault);
        assertEquals("one fault: " + fault, 1, doc.getElementsByTagNameNS("*", "Fault").getLength());
        assertTrue("a client fault: " + fault, texts(doc, "*", "faultcode").stream().anyMatch(c -> c.endsWith("Client")));
        assertEquals("the fault detail carries the problem's status: " + fault, List.of("403"),
                texts(doc, PROBLEM_NS, "status"));
        Answer inSpanish = send("POST", DIRECTORY, staffA, "text/xml; charset=UTF-8", envelope("<d:updateContact xmlns:d=\"" + NS
                + "\"><personId>" + id + "</personId><version>" + version + "</version><email>hijacked@example.org</email></d:updateContact>")
                .getBytes(StandardCharsets.UTF_8), Map.of("SOAPAction", "\"\"", "Accept-Language", "es"));
        assertEquals("the fault in the caller's language: " + inSpanish,
                List.of("El usuario «" + staffA.login() + "» no puede modificar registros del socio «ciebi»."),
                texts(xml(inSpanish), "*", "faultstring"));

        assertEquals("the refused change was not made", email,
                get(RestIT.PEOPLE + "/" + id, admin).json().path("email").asText());

        // the owner's staff may make it, but not without the version read
        TestUser staffB = user("soap-staff-b", Role.PARTNER_STAFF, "ciebi");
        Answer noVersion = soap(DIRECTORY, staffB, "<d:updateContact xmlns:d=\"" + NS + "\"><personId>" + id
                + "</personId><phone>+351 999</phone></d:updateContact>");
        Document missing = xml(noVersion);
        assertEquals("a missing number is a validation fault, not version 0: " + noVersion, List.of("400"),
                texts(missing, PROBLEM_NS, "status"));
        NodeList errors = missing.getElementsByTagNameNS(PROBLEM_NS, "error");
        assertEquals(noVersion.toString(), 1, errors.getLength());
        assertEquals(noVersion.toString(), "version", ((org.w3c.dom.Element) errors.item(0)).getAttribute("field"));
        assertEquals("nothing changed", "", get(RestIT.PEOPLE + "/" + id, admin).json().path("phone").asText(""));

        Answer ok = soap(DIRECTORY, staffB, "<d:updateContact xmlns:d=\"" + NS + "\"><personId>" + id
                + "</personId><version>" + version + "</version><phone>+351 000</phone></d:updateContact>");
        assertEquals(ok.toString(), 200, ok.status());
        assertEquals("+351 000", get(RestIT.PEOPLE + "/" + id, admin).json().path("phone").asText());
    }

    @Test
    public void aCallThatCannotBeReadIsAClientFaultWithAProblemInTheCallersLanguage() {
        TestUser staff = user("soap-reader", Role.PARTNER_STAFF, "ciebi");
        for (String call : List.of("<d:updateContact xmlns:d=\"" + NS + "\"><personId>abc</personId><version>1</version></d:updateContact>",
                "<d:noSuchOperation xmlns:d=\"" + NS + "\"/>")) {
            Answer answer = send("POST", DIRECTORY, staff, "text/xml; charset=UTF-8", envelope(call).getBytes(StandardCharsets.UTF_8),
                    Map.of("SOAPAction", "\"\"", "Accept-Language", "pt"));
            Document doc = xml(answer);
            assertTrue("a client fault: " + answer, texts(doc, "*", "faultcode").stream().anyMatch(c -> c.endsWith("Client")));
            assertEquals(answer.toString(), List.of("400"), texts(doc, PROBLEM_NS, "status"));
            assertEquals(answer.toString(), List.of("malformed"), texts(doc, PROBLEM_NS, "type"));
            assertTrue("worded in Portuguese, CXF's reason after it: " + answer, texts(doc, "*", "faultstring").get(0)
                    .startsWith("A mensagem SOAP não é uma chamada legível deste serviço: "));
        }
    }

    @Test
    public void aCallWithoutCredentialsIs401() {
        Answer anonymous = soap(DIRECTORY, null, "<d:findStructure xmlns:d=\"" + NS + "\"><code>cybermassif</code></d:findStructure>");
        assertEquals(anonymous.toString(), 401, anonymous.status());
        assertTrue("no directory data without credentials: " + anonymous, !anonymous.body().contains("Massif"));

        Answer wrong = soap(DIRECTORY, new TestUser("admin", "wrong-" + System.nanoTime()),
                "<d:findStructure xmlns:d=\"" + NS + "\"><code>cybermassif</code></d:findStructure>");
        assertEquals(wrong.toString(), 401, wrong.status());
    }

    // ---- XML

    static Document xml(Answer answer) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("Not XML: " + answer, e);
        }
    }

    /** The texts of the elements {@code {namespace}localName}; "*" is any namespace, "" none. */
    static List<String> texts(Document doc, String namespace, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS(namespace.isEmpty() ? null : namespace, localName);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().strip());
        }
        return out;
    }
}
