package org.cybersudoe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cybersudoe.core.health.HealthContributor;
import org.cybersudoe.core.health.HealthStatus;
import org.cybersudoe.core.security.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The REST edge as a client sees it: health, authentication, the OpenAPI document, a
 * create/read/update round trip on the directory, the partner scope, and bad input answered
 * with problem documents that name the field and change nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class RestIT extends CyberSudoeTestSupport {

    static final String PEOPLE = "/api/v1/network/people";
    static final String STRUCTURES = "/api/v1/network/structures";

    @Before
    public void serverIsUp() {
        awaitHealthy();
    }

    @Test
    public void healthIsUpAnonymouslyWithTheNetworkArea() {
        Answer health = get("/api/v1/health", null);
        assertEquals(health.toString(), 200, health.status());
        JsonNode doc = health.json();
        assertEquals(health.toString(), "UP", doc.path("status").asText());
        assertTrue("the network area reports up: " + health, doc.path("areas").path("network").path("up").asBoolean());
        assertFalse("no schema versions or counts for an anonymous caller: " + health, health.body().contains("schema"));

        TestUser admin = admin();
        JsonNode forStaff = get("/api/v1/health", admin).json();
        assertTrue("in English by default: " + forStaff, forStaff.path("areas").path("network").path("detail").asText()
                .startsWith("schema version "));
        Answer inPortuguese = send("GET", "/api/v1/health", admin, null, null, Map.of("Accept-Language", "pt-PT"));
        JsonNode areas = inPortuguese.json().path("areas");
        assertTrue("each area's reason in the language asked: " + inPortuguese,
                areas.path("network").path("detail").asText().startsWith("esquema na versão "));
        assertTrue("counts follow in the same language: " + inPortuguese,
                areas.path("diagnostic").path("detail").asText().contains("questionário(s) disponível(is)"));
    }

    @Test
    public void anAreaThatArrivesLaterChangesNoServedPathSoTheServerStaysUp() throws InterruptedException {
        // An area's health arriving asks the REST server whether it must be rebuilt; as no
        // resource came or went, the answer is no, and nothing must report the platform down.
        ServiceRegistration<HealthContributor> probe = bundleContext.registerService(HealthContributor.class,
                new HealthContributor() {
                    @Override
                    public String area() {
                        return "it-late-area";
                    }

                    @Override
                    public HealthStatus check() {
                        return HealthStatus.up("registered by the test");
                    }
                }, null);
        try {
            for (int poll = 0; poll < 40; poll++) {
                Answer health = get("/api/v1/health", null);
                assertEquals("poll " + poll + " after the area arrived: " + health, 200, health.status());
                Thread.sleep(20);
            }
            Answer health = get("/api/v1/health", null);
            assertTrue("the new area is reported: " + health,
                    health.json().path("areas").path("it-late-area").path("up").asBoolean());
        } finally {
            probe.unregister();
        }
        Answer after = get("/api/v1/health", null);
        assertEquals(after.toString(), 200, after.status());
        assertTrue("the area is gone with its service: " + after, after.json().path("areas").path("it-late-area").isMissingNode());
    }

    @Test
    public void requestsWithoutValidCredentialsAre401() {
        Answer anonymous = get(STRUCTURES, null);
        assertEquals(anonymous.toString(), 401, anonymous.status());
        assertTrue("a problem document: " + anonymous, anonymous.isProblem());

        Answer wrongPassword = get(STRUCTURES, new TestUser("admin", "not-the-password-" + System.nanoTime()));
        assertEquals(wrongPassword.toString(), 401, wrongPassword.status());

        Answer unknownUser = get(STRUCTURES, new TestUser("it-nobody", "whatever-password"));
        assertEquals(unknownUser.toString(), 401, unknownUser.status());

        Answer admin = get(STRUCTURES, admin());
        assertEquals(admin.toString(), 200, admin.status());
    }

    @Test
    public void theOpenApiDocumentListsTheNetworkPaths() {
        Answer openApi = get("/api/openapi.json", admin());
        assertEquals(openApi.toString(), 200, openApi.status());
        JsonNode doc = openApi.json();
        assertTrue("an OpenAPI 3 document: " + openApi, doc.path("openapi").asText().startsWith("3"));
        List<String> paths = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        for (String expected : List.of("/v1/network/structures", "/v1/network/people", "/v1/network/meetings",
                "/v1/network/structures/{code}", "/v1/network/people/{id}")) {
            assertTrue("OpenAPI lists " + expected + "; paths: " + paths, paths.stream().anyMatch(p -> p.endsWith(expected)));
        }
        // what the edge adds to every area's operations: a person read carries its ETag, a creation takes a key
        String person = paths.stream().filter(p -> p.endsWith("/v1/network/people/{id}")).findFirst().orElseThrow();
        JsonNode read = doc.path("paths").path(person).path("get");
        assertTrue("ETag on a person read: " + read, read.path("responses").path("default").path("headers").has("ETag"));
        assertTrue("304 on a person read: " + read, read.path("responses").has("304"));
        String people = paths.stream().filter(p -> p.endsWith("/v1/network/people")).findFirst().orElseThrow();
        assertTrue("a key on a person creation", doc.path("paths").path(people).path("post").path("parameters").toString()
                .contains("Idempotency-Key"));
    }

    @Test
    public void aPersonIsCreatedReadAndUpdated() {
        TestUser admin = admin();
        String email = "rt-" + System.nanoTime() + "@example.org";
        Answer created = postJson(PEOPLE, admin, person("Round", "Trip", "ciebi", email));
        assertEquals(created.toString(), 201, created.status());
        JsonNode body = created.json();
        long id = body.path("id").asLong();
        assertTrue("a new id: " + created, id > 0);

        Answer read = get(PEOPLE + "/" + id, admin);
        assertEquals(read.toString(), 200, read.status());
        assertEquals("a creation answers with the tag a read then gives", created.etag(), read.etag());
        JsonNode person = read.json();
        assertEquals("Round", person.path("firstName").asText());
        assertEquals("Trip", person.path("lastName").asText());
        assertEquals("ciebi", person.path("structure").asText());
        assertEquals(email, person.path("email").asText());

        ObjectNode change = (ObjectNode) person.deepCopy();
        change.put("function", "Innovation officer");
        change.put("phone", "+351 275 000 000");
        Answer updated = putJson(PEOPLE + "/" + id, admin, change.toString());
        assertEquals(updated.toString(), 200, updated.status());

        JsonNode reread = get(PEOPLE + "/" + id, admin).json();
        assertEquals("Innovation officer", reread.path("function").asText());
        assertEquals("+351 275 000 000", reread.path("phone").asText());
        assertTrue("the version moves on: " + reread, reread.path("version").asLong() > person.path("version").asLong());

        // the same content sent again (a synchronising system's whole state) changes nothing, version included
        Answer again = putJson(PEOPLE + "/" + id, admin, reread.toString());
        assertEquals(again.toString(), 200, again.status());
        assertEquals(reread, again.json());
        assertEquals(reread, get(PEOPLE + "/" + id, admin).json());

        // the first PUT retried as it was sent, as a client does when the answer is lost: already applied, so 200
        Answer retried = putJson(PEOPLE + "/" + id, admin, change.toString());
        assertEquals(retried.toString(), 200, retried.status());
        assertEquals(reread, retried.json());

        // the version read is now stale: a second writer with it gets 409, and nothing changes
        change.put("function", "Someone else's change");
        Answer stale = putJson(PEOPLE + "/" + id, admin, change.toString());
        assertEquals(stale.toString(), 409, stale.status());
        assertEquals("Innovation officer", get(PEOPLE + "/" + id, admin).json().path("function").asText());

        // the record's ETag starts with its version: a GET naming the tag it still has gets 304 and no body
        Answer current = get(PEOPLE + "/" + id, admin);
        assertTrue(current.etag(), current.etag().startsWith("\"" + reread.path("version").asLong() + "-"));
        Answer unchanged = send("GET", PEOPLE + "/" + id, admin, null, null, Map.of("If-None-Match", current.etag()));
        assertEquals(unchanged.toString(), 304, unchanged.status());
        assertEquals("", unchanged.body());
        Answer older = send("GET", PEOPLE + "/" + id, admin, null, null, Map.of("If-None-Match", read.etag()));
        assertEquals(reread, older.json());

        Answer searched = get(PEOPLE + "?structure=ciebi&limit=500", admin);
        assertTrue("the directory search finds the new person: " + searched, searched.body().contains(email));
    }

    @Test
    public void aCreationRetriedWithItsIdempotencyKeyCreatesOneRecord() {
        TestUser admin = admin();
        String email = "idem-" + System.nanoTime() + "@example.org";
        byte[] body = person("Once", "Only", "ciebi", email).getBytes(StandardCharsets.UTF_8);
        Map<String, String> key = Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString());

        Answer first = send("POST", PEOPLE, admin, "application/json", body, key);
        Answer retried = send("POST", PEOPLE, admin, "application/json", body, key);
        assertEquals(first.toString(), 201, first.status());
        assertEquals("the first answer again: " + retried, first, retried);
        String found = get(PEOPLE + "?structure=ciebi&limit=500", admin).body();
        assertEquals("one person was created: " + found, 1, found.split(java.util.regex.Pattern.quote(email), -1).length - 1);

        byte[] another = person("Once", "Again", "ciebi", "other-" + email).getBytes(StandardCharsets.UTF_8);
        assertProblem(send("POST", PEOPLE, admin, "application/json", another, key), 422, "Idempotency-Key");
        assertFalse("the other request ran nothing", get(PEOPLE + "?structure=ciebi&limit=500", admin).body().contains("other-" + email));
    }

    @Test
    public void partnerStaffChangeTheirOwnPartnersRecordsOnly() {
        TestUser admin = admin();
        TestUser staffA = user("rest-staff-a", Role.PARTNER_STAFF, "cybermassif");
        TestUser evaluator = user("rest-eval", Role.EVALUATOR, null);

        JsonNode ofB = postJson(PEOPLE, admin, person("Other", "Partner", "ciebi", "b-" + System.nanoTime() + "@example.org")).json();
        long idB = ofB.path("id").asLong();
        ObjectNode change = (ObjectNode) ofB.deepCopy();
        change.put("function", "changed by partner A");

        Answer crossPartner = putJson(PEOPLE + "/" + idB, staffA, change.toString());
        assertEquals("staff of cybermassif changing a ciebi person: " + crossPartner, 403, crossPartner.status());
        assertTrue("a problem document: " + crossPartner, crossPartner.isProblem());
        assertEquals(403, crossPartner.json().path("status").asInt());
        Answer inFrench = send("PUT", PEOPLE + "/" + idB, staffA, "application/json",
                change.toString().getBytes(StandardCharsets.UTF_8), Map.of("Accept-Language", "fr-FR,fr;q=0.9"));
        assertEquals("the refusal in the caller's language: " + inFrench,
                "L’utilisateur « " + staffA.login() + " » ne peut pas modifier les enregistrements du partenaire « ciebi ».",
                inFrench.json().path("detail").asText());

        Answer createForB = postJson(PEOPLE, staffA, person("Not", "Mine", "ciebi", "nm-" + System.nanoTime() + "@example.org"));
        assertEquals("staff of cybermassif adding a ciebi person: " + createForB, 403, createForB.status());

        Answer byEvaluator = putJson(PEOPLE + "/" + idB, evaluator, change.toString());
        assertEquals("an evaluator writing: " + byEvaluator, 403, byEvaluator.status());
        assertTrue(byEvaluator.isProblem());
        Answer evaluatorCreates = postJson(PEOPLE, evaluator, person("Eval", "Uator", "cybermassif", "ev-" + System.nanoTime() + "@example.org"));
        assertEquals("an evaluator creating: " + evaluatorCreates, 403, evaluatorCreates.status());
        Answer evaluatorReads = get(PEOPLE + "/" + idB, evaluator);
        assertEquals("an evaluator reads: " + evaluatorReads, 200, evaluatorReads.status());

        assertFalse("the refused changes left the record as it was",
                get(PEOPLE + "/" + idB, admin).body().contains("changed by partner A"));

        Answer own = postJson(PEOPLE, staffA, person("Mine", "Own", "cybermassif", "own-" + System.nanoTime() + "@example.org"));
        assertEquals("staff of cybermassif add their own partner's person: " + own, 201, own.status());

        Answer byAdmin = putJson(PEOPLE + "/" + idB, admin, change.toString());
        assertEquals("admin changes any partner's record: " + byAdmin, 200, byAdmin.status());
        assertEquals("changed by partner A", byAdmin.json().path("function").asText());
    }

    @Test
    public void badInputIsA400ProblemNamingTheFieldAndWritesNothing() {
        TestUser admin = admin();
        long before = peopleCount();

        Answer missing = postJson(PEOPLE, admin,
                "{\"firstName\":\"No\",\"structure\":\"ciebi\",\"email\":\"missing@example.org\"}");
        assertProblem(missing, 400, "lastName");

        Answer unknownLanguage = postJson(PEOPLE, admin, person("Bad", "Language", "ciebi", "lang@example.org")
                .replace("[\"es\"]", "[\"klingon\"]"));
        assertProblem(unknownLanguage, 400, "languages[0]");

        Answer unknownStatus = get(STRUCTURES + "?status=bogus", admin);
        assertProblem(unknownStatus, 400, "status");
        Answer badSortInSpanish = send("GET", STRUCTURES + "?sort=shoeSize", admin, null, null, Map.of("Accept-Language", "es"));
        assertProblem(badSortInSpanish, 400, "sort");
        assertTrue("the summary and its field in Spanish: " + badSortInSpanish, badSortInSpanish.json().path("detail").asText()
                .startsWith("La solicitud no es válida: «sort»: no se puede ordenar por «shoeSize»"));

        Answer malformed = postJson(PEOPLE, admin, "{\"firstName\": \"Half\", \"lastName\": ");
        assertEquals(malformed.toString(), 400, malformed.status());
        assertTrue("a problem document: " + malformed, malformed.isProblem());

        Answer unknownField = postJson(PEOPLE, admin, person("Un", "Known", "ciebi", "unknown@example.org")
                .replace("{", "{\"shoeSize\":42,"));
        assertProblem(unknownField, 400, "shoeSize");

        Answer notAnObject = postJson(PEOPLE, admin, "[1,2,3]");
        assertEquals(notAnObject.toString(), 400, notAnObject.status());

        StringBuilder big = new StringBuilder(1_200_000);
        big.append("{\"firstName\":\"Big\",\"lastName\":\"Body\",\"structure\":\"ciebi\",\"email\":\"big@example.org\",\"function\":\"");
        while (big.length() < 1_100_000) {
            big.append("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
        }
        big.append("\"}");
        Answer tooLarge = send("POST", PEOPLE, admin, "application/json", big.toString().getBytes(StandardCharsets.UTF_8), null);
        assertEquals("a body over 1 MiB: " + tooLarge, 413, tooLarge.status());
        assertTrue("a problem document: " + tooLarge, tooLarge.isProblem());

        assertEquals("no bad request wrote anything", before, peopleCount());
    }

    @Test
    public void aRequestJettyCannotParseAndAnAddressOutsideTheApiGetProblemDocumentsToo() throws Exception {
        // A bad %-escape never reaches CXF: Jetty answers it, through the platform's fragment of Pax Web's Jetty bundle.
        String raw;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", httpPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write("GET /api/v1/health/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(raw, raw.startsWith("HTTP/1.1 400 "));
        assertTrue(raw, raw.contains("\r\nContent-Type: application/problem+json\r\n"));
        JsonNode badRequest = JSON.readTree(raw.substring(raw.indexOf("\r\n\r\n") + 4));
        assertEquals(raw, "https://cybersudoe.org/problems/bad-request", badRequest.path("type").asText());
        assertEquals(raw, 400, badRequest.path("status").asInt());

        for (String path : List.of("/", "/soap/network/no-such-service")) {
            Answer outside = send("GET", path, null, null, null, Map.of("Accept-Language", "pt"));
            assertProblem(outside, 404, null);
            assertTrue("says where the API is, in the language asked: " + outside,
                    outside.json().path("detail").asText().startsWith("Nada responde em " + path + ". A API REST está em /api"));
        }
        assertEquals("the SOAP services still answer at their addresses", 200,
                send("GET", "/soap/network/directory?wsdl", null, null, null, null).status());
    }

    @Test
    public void aMissingStructureIsNamedAsTheClientSentIt() {
        // the JSON field is "structure": the problem must name that, not an internal name
        Answer missing = postJson(PEOPLE, admin(),
                "{\"firstName\":\"No\",\"lastName\":\"Structure\",\"email\":\"nostructure@example.org\"}");
        assertProblem(missing, 400, "structure");
    }

    @Test
    public void aNewDocumentVersionCanBeReadWhereItWasCreated() {
        TestUser admin = admin();
        String upload = "/api/v1/network/documents?folderType=work-package&folderCode=GT1&title=Minutes&fileName=a.txt";
        assertProblem(send("POST", upload, admin, "text/plain", "first".getBytes(StandardCharsets.UTF_8), null), 400, "owner");
        Answer uploaded = send("POST", upload + "&owner=cybermassif", admin, "text/plain", "first".getBytes(StandardCharsets.UTF_8),
                null);
        assertEquals(uploaded.toString(), 201, uploaded.status());
        long id = uploaded.json().path("id").asLong();
        Answer second = send("POST", "/api/v1/network/documents/" + id + "/versions?fileName=b.txt", admin, "text/plain",
                "second".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(second.toString(), 201, second.status());

        Answer version = get("/api/v1/network/documents/" + id + "/versions/2", admin);
        assertEquals("the new version's own address answers: " + version, 200, version.status());
        assertEquals(version.toString(), "b.txt", version.json().path("fileName").asText());
        assertEquals(version.toString(), 6, version.json().path("size").asLong());
        assertProblem(get("/api/v1/network/documents/" + id + "/versions/3", admin), 404, null);
    }

    // ---- helpers

    static String person(String first, String last, String structure, String email) {
        ObjectNode p = JSON.createObjectNode();
        p.put("firstName", first);
        p.put("lastName", last);
        p.put("structure", structure);
        p.put("email", email);
        p.putArray("languages").add("es");
        return p.toString().replace("[ \"es\" ]", "[\"es\"]");
    }

    long peopleCount() {
        Answer page = get(PEOPLE + "?limit=1", admin());
        assertEquals(page.toString(), 200, page.status());
        JsonNode total = page.json().path("total");
        assertNotNull(total);
        return total.asLong();
    }

    static void assertProblem(Answer answer, int status, String field) {
        assertEquals(answer.toString(), status, answer.status());
        assertTrue("a problem document (application/problem+json): " + answer, answer.isProblem());
        assertEquals("the problem's status: " + answer, status, answer.json().path("status").asInt());
        if (field != null) {
            assertTrue("the problem names the field '" + field + "': " + answer, answer.problemFields().contains(field));
        }
    }
}
