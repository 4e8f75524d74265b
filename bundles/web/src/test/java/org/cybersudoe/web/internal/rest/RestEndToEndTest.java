package org.cybersudoe.web.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.cybersudoe.core.health.HealthContributor;
import org.cybersudoe.core.health.HealthStatus;
import org.cybersudoe.web.internal.TestRealm;
import org.cybersudoe.web.internal.WebSettings;
import org.cybersudoe.web.internal.health.HealthAggregator;
import org.cybersudoe.web.internal.health.HealthResource;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** A real CXF server on Jetty in this JVM, built as the whiteboard builds it, asked over HTTP. */
public class RestEndToEndTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TestRealm REALM = new TestRealm();
    private static final AtomicReference<WebSettings> SETTINGS = new AtomicReference<>();
    private static final List<HealthContributor> CONTRIBUTORS = new CopyOnWriteArrayList<>();
    private static final String AUTH = TestRealm.USER_AUTHORIZATION;

    private static Bus bus;
    private static Server server;
    private static String base;

    @BeforeClass
    public static void start() {
        SETTINGS.set(new WebSettings(List.of("network"), 2048, 64, Duration.ofSeconds(60)));
        base = "http://127.0.0.1:" + TestRealm.freePort() + "/api";
        bus = BusFactory.newInstance().createBus();
        RestServerFactory factory = new RestServerFactory(bus, base, REALM, SETTINGS::get, () -> null, "1.2.3");
        HealthResource health = new HealthResource(language -> HealthAggregator.aggregate(SETTINGS.get().expectedAreas(),
                CONTRIBUTORS, HealthStatus.up("serving"), language));
        server = factory.create(List.of(health, new TeamResource()));
    }

    @AfterClass
    public static void stop() {
        server.destroy();
        bus.shutdown(true);
    }

    @Before
    public void reset() {
        SETTINGS.set(new WebSettings(List.of("network"), 2048, 64, Duration.ofSeconds(60)));
        CONTRIBUTORS.clear();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    private static HttpRequest.Builder postJson(String path, String body) {
        return to(path).header("Content-Type", "application/json").header("Authorization", AUTH)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        assertEquals(response.body(), "application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(status, problem.get("status").asInt());
        assertFalse("no stack trace", response.body().contains("\tat ") || response.body().contains("Exception"));
        return problem;
    }

    @Test
    public void withoutCredentialsTheAnswerIs401WithABasicChallenge() throws Exception {
        JsonNode problem = problem(send(to("/v1/sample/teams/me").header("Accept-Language", "fr")), 401);
        assertEquals("https://cybersudoe.org/problems/unauthenticated", problem.get("type").asText());
        assertEquals("Authentification requise", problem.get("title").asText());
        assertEquals("/api/v1/sample/teams/me", problem.get("instance").asText());
        HttpResponse<String> response = send(to("/v1/sample/teams/me"));
        assertEquals("Basic realm=\"CyberSudoe\"", response.headers().firstValue("WWW-Authenticate").orElse(null));
    }

    @Test
    public void aWrongPasswordIs401() throws Exception {
        JsonNode problem = problem(send(to("/v1/sample/teams/me").header("Authorization", TestRealm.basic("ana", "guess"))), 401);
        assertEquals("The user name or the password is not valid.", problem.get("detail").asText());
    }

    @Test
    public void validCredentialsGiveTheResourceItsCallerAndAreCached() throws Exception {
        int before = REALM.logins.get();
        HttpResponse<String> response = send(to("/v1/sample/teams/me").header("Authorization", AUTH));
        assertEquals(response.body(), 200, response.statusCode());
        JsonNode me = JSON.readTree(response.body());
        assertEquals("ana", me.get("login").asText());
        assertEquals("PARTNER_STAFF", me.get("roles").get(0).asText());
        assertEquals("FR01", me.get("partner").asText());
        assertTrue(me.get("inRole").asBoolean());
        assertEquals(1, REALM.logins.get() - before);
    }

    @Test
    public void anonymousResourcesAnswerWithoutCredentialsAndStillSeeAValidCaller() throws Exception {
        assertEquals("hello stranger", send(to("/v1/sample/teams/public")).body());
        assertEquals("hello ana", send(to("/v1/sample/teams/public").header("Authorization", AUTH)).body());
        assertEquals("hello stranger", send(to("/v1/sample/teams/public").header("Authorization", TestRealm.basic("x", "y"))).body());
        problem(send(to("/v1/sample/teams/public/strict")), 401);
    }

    /** POST /diagnostic/assessments without credentials was a 403 naming a role, with no way to learn that signing in helps. */
    @Test
    public void aRefusalOfAnAnonymousCallerAsksForCredentials() throws Exception {
        HttpResponse<String> anonymous = send(to("/v1/sample/teams/public/roster").header("Accept-Language", "pt"));
        JsonNode problem = problem(anonymous, 401);
        assertEquals("https://cybersudoe.org/problems/unauthenticated", problem.get("type").asText());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        problem(send(to("/v1/sample/teams/public/roster").header("Authorization", TestRealm.basic("x", "y"))), 401);
        // a caller who is known and still lacks the role is refused as before
        problem(send(to("/v1/sample/teams/public/roster").header("Authorization", AUTH)), 403);
    }

    @Test
    public void jsonIsWrittenWithIsoDatesAndOptionals() throws Exception {
        HttpResponse<String> response = send(to("/v1/sample/teams/7").header("Authorization", AUTH));
        assertEquals(200, response.statusCode());
        JsonNode team = JSON.readTree(response.body());
        assertEquals("2025-01-31", team.get("founded").asText());
        assertEquals("Together", team.get("motto").asText());
        assertEquals("STAFF", team.get("members").get(0).get("role").asText());
    }

    @Test
    public void aValidBodyIsReadWithDatesAndOptionals() throws Exception {
        HttpResponse<String> response = send(postJson("/v1/sample/teams",
                "{\"name\":\"Core\",\"founded\":\"2024-02-29\",\"members\":[{\"login\":\"bo\",\"role\":\"OBSERVER\"}],\"size\":1}"));
        assertEquals(response.body(), 200, response.statusCode());
        JsonNode team = JSON.readTree(response.body());
        assertEquals("2024-02-29", team.get("founded").asText());
        assertTrue(team.get("motto").isNull());
    }

    @Test
    public void aNestedUnknownFieldIs400NamingIt() throws Exception {
        JsonNode problem = problem(send(postJson("/v1/sample/teams",
                "{\"name\":\"Core\",\"members\":[{\"login\":\"bo\",\"role\":\"STAFF\",\"email\":\"x\"}]}")), 400);
        assertEquals("https://cybersudoe.org/problems/validation", problem.get("type").asText());
        assertEquals("members[0].email", problem.get("errors").get(0).get("field").asText());
        assertEquals("unknown-field", problem.get("errors").get(0).get("code").asText());
    }

    @Test
    public void aBadEnumIs400ListingTheAllowedValuesInTheCallersLanguage() throws Exception {
        JsonNode problem = problem(send(postJson("/v1/sample/teams", "{\"members\":[{\"role\":\"boss\"}]}")
                .header("Accept-Language", "es-ES,es;q=0.9")), 400);
        JsonNode error = problem.get("errors").get(0);
        assertEquals("members[0].role", error.get("field").asText());
        assertEquals("debe ser uno de estos valores: ADMIN, STAFF, OBSERVER", error.get("detail").asText());
        assertEquals("La solicitud no es válida", problem.get("title").asText());
    }

    @Test
    public void malformedJsonIs400OnTheBody() throws Exception {
        JsonNode problem = problem(send(postJson("/v1/sample/teams", "{\"name\": \"Core\"")), 400);
        assertEquals("https://cybersudoe.org/problems/malformed", problem.get("type").asText());
        assertEquals("body", problem.get("errors").get(0).get("field").asText());
    }

    @Test
    public void anEmptyBodyIs400RequiredBody() throws Exception {
        JsonNode problem = problem(send(postJson("/v1/sample/teams", "")), 400);
        assertEquals("body", problem.get("errors").get(0).get("field").asText());
        assertEquals("required", problem.get("errors").get(0).get("code").asText());
    }

    @Test
    public void tooDeepJsonIs400() throws Exception {
        String deep = "[".repeat(80) + "]".repeat(80);
        JsonNode problem = problem(send(postJson("/v1/sample/teams/validate", "{\"payload\":" + deep + "}")), 400);
        assertEquals("too-deep", problem.get("errors").get(0).get("code").asText());
    }

    /** Jackson stops at the first token that does not fit the type: the depth is checked before. */
    @Test
    public void tooDeepArraysAre400TooDeepWhateverTheTypeExpects() throws Exception {
        JsonNode root = problem(send(postJson("/v1/sample/teams", "[".repeat(1000) + "]".repeat(1000))
                .header("Accept-Language", "fr")), 400);
        assertEquals("https://cybersudoe.org/problems/malformed", root.get("type").asText());
        assertEquals("body", root.get("errors").get(0).get("field").asText());
        assertEquals("too-deep", root.get("errors").get(0).get("code").asText());
        assertEquals("imbrique tableaux et objets sur plus de 64 niveaux", root.get("errors").get(0).get("detail").asText());

        // unbalanced, as an attacker would send it: still too deep, not "must be an object"
        JsonNode unbalanced = problem(send(postJson("/v1/sample/teams", "[".repeat(2000))), 400);
        assertEquals("too-deep", unbalanced.get("errors").get(0).get("code").asText());

        JsonNode inAText = problem(send(postJson("/v1/sample/teams", "{\"name\":" + "[".repeat(70) + "]".repeat(70) + "}")), 400);
        assertEquals("too-deep", inAText.get("errors").get(0).get("code").asText());
        JsonNode objects = problem(send(postJson("/v1/sample/teams", "{\"name\":" + "{\"a\":".repeat(70) + "1" + "}".repeat(71))), 400);
        assertEquals("too-deep", objects.get("errors").get(0).get("code").asText());

        // within the limit, the mapping's own answer is unchanged
        JsonNode shallow = problem(send(postJson("/v1/sample/teams", "[[]]")), 400);
        assertEquals("body", shallow.get("errors").get(0).get("field").asText());
        assertEquals("invalid-value", shallow.get("errors").get(0).get("code").asText());
        JsonNode malformed = problem(send(postJson("/v1/sample/teams", "{\"name\": \"x\",,}")), 400);
        assertEquals("malformed", malformed.get("errors").get(0).get("code").asText());
    }

    private static HttpRequest.Builder list(String query, String language) {
        return to("/v1/sample/teams/list?" + query).header("Authorization", AUTH).header("Accept-Language", language);
    }

    @Test
    public void anIntegerQueryParameterThatIsNotOneIs400NamingItInTheCallersLanguage() throws Exception {
        JsonNode limit = problem(send(list("limit=abc", "fr-FR")), 400);
        assertEquals("https://cybersudoe.org/problems/validation", limit.get("type").asText());
        assertEquals("La requête n’est pas valide", limit.get("title").asText());
        assertEquals(1, limit.get("errors").size());
        assertEquals("limit", limit.get("errors").get(0).get("field").asText());
        assertEquals("invalid-value", limit.get("errors").get(0).get("code").asText());
        assertEquals("doit être un nombre entier", limit.get("errors").get(0).get("detail").asText());
        assertEquals("/api/v1/sample/teams/list", limit.get("instance").asText());

        JsonNode offset = problem(send(list("offset=99999999999", "es")), 400);
        assertEquals("offset", offset.get("errors").get(0).get("field").asText());
        assertEquals("debe ser como máximo 2147483647", offset.get("errors").get(0).get("detail").asText());
        JsonNode english = problem(send(list("offset=-99999999999999999999", "en")), 400);
        assertEquals("must be at least -2147483648", english.get("errors").get(0).get("detail").asText());

        // primitives too, and parameters that are not paging
        JsonNode since = problem(send(list("since=yesterday", "pt")), 400);
        assertEquals("since", since.get("errors").get(0).get("field").asText());
        assertEquals("deve ser um número inteiro", since.get("errors").get(0).get("detail").asText());
        assertEquals("size", problem(send(list("size=1.5", "en")), 400).get("errors").get(0).get("field").asText());

        // the paging checks of core answer the same way, in the same language
        JsonNode tooMany = problem(send(list("limit=501", "fr")), 400);
        assertEquals("limit", tooMany.get("errors").get(0).get("field").asText());
        assertEquals("La requête n’est pas valide", tooMany.get("title").asText());
    }

    @Test
    public void integerQueryParametersTakeSignsSurroundingSpacesAndEmptyValues() throws Exception {
        HttpResponse<String> response = send(list("offset=+20&limit=%2010%20&since=-5", "en"));
        assertEquals(response.body(), 200, response.statusCode());
        JsonNode page = JSON.readTree(response.body());
        assertEquals(20, page.get("offset").asInt());
        assertEquals(10, page.get("limit").asInt());
        assertEquals(-5, page.get("since").asLong());
        assertEquals(3, page.get("size").asInt());

        // empty values count as absent: the defaults
        JsonNode empty = JSON.readTree(send(list("offset=&limit=&since=&size=", "en")).body());
        assertEquals(0, empty.get("offset").asInt());
        assertEquals(50, empty.get("limit").asInt());
        assertEquals(0, empty.get("since").asLong());
        assertEquals(3, empty.get("size").asInt());

        // a path parameter that is not a number still names no record
        problem(send(to("/v1/sample/teams/99999999999").header("Authorization", AUTH)), 404);
    }

    private static HttpRequest.Builder put(String body, String ifMatch) {
        HttpRequest.Builder put = to("/v1/sample/teams/7").header("Content-Type", "application/json").header("Authorization", AUTH)
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        return ifMatch == null ? put : put.header("If-Match", ifMatch);
    }

    @Test
    public void aVersionedRecordCarriesItsVersionAsETagAndAnUnchangedOneIsNotSentAgain() throws Exception {
        HttpResponse<String> read = send(to("/v1/sample/teams/7/charter").header("Authorization", AUTH));
        assertEquals(200, read.statusCode());
        String tag = read.headers().firstValue("ETag").orElse("");
        assertTrue("the version, then a digest of the content: " + tag, tag.matches("\"7-[0-9a-f]{16}\""));

        String value = tag.substring(1, tag.length() - 1);
        for (String unchanged : List.of(tag, "W/" + tag, "\"3-0123456789abcdef\", " + tag, "*")) {
            HttpResponse<String> notModified = send(to("/v1/sample/teams/7/charter").header("Authorization", AUTH)
                    .header("If-None-Match", unchanged));
            assertEquals(unchanged, 304, notModified.statusCode());
            assertEquals("", notModified.body());
            assertEquals(tag, notModified.headers().firstValue("ETag").orElse(null));
        }
        for (String changed : List.of("\"6-" + value.substring(2) + "\"", "\"7\"")) {
            HttpResponse<String> sent = send(to("/v1/sample/teams/7/charter").header("Authorization", AUTH)
                    .header("If-None-Match", changed));
            assertEquals(changed, 200, sent.statusCode());
            assertTrue(sent.body(), sent.body().contains("Charter of team 7"));
        }

        // what other records say of it changes without its version: the tag changes, and a poller gets the new content
        HttpResponse<String> signed = send(to("/v1/sample/teams/7/charter?signatories=2").header("Authorization", AUTH)
                .header("If-None-Match", tag));
        assertEquals(200, signed.statusCode());
        assertTrue(signed.body(), signed.body().contains("signed by 2"));
        String signedTag = signed.headers().firstValue("ETag").orElse("");
        assertTrue(signedTag, signedTag.startsWith("\"7-"));
        assertNotEquals(tag, signedTag);

        // the tag is what an update takes back in If-Match, and a bare version still is too
        assertEquals("{\"version\":7}", send(put("{\"name\":\"x\"}", tag)).body());
        assertEquals("{\"version\":7}", send(put("{\"name\":\"x\"}", "W/" + tag)).body());
        assertEquals("{\"version\":7}", send(put("{\"name\":\"x\"}", "\"7\"")).body());
        problem(send(put("{\"name\":\"x\"}", "\"seven-" + value.substring(2) + "\"")), 400);
        // no version, no tag: a record without one, a list, an error
        assertFalse(send(to("/v1/sample/teams/1").header("Authorization", AUTH)).headers().firstValue("ETag").isPresent());
        assertFalse(send(to("/v1/sample/teams/list").header("Authorization", AUTH)).headers().firstValue("ETag").isPresent());
        assertFalse(send(to("/v1/sample/teams/0").header("Authorization", AUTH)).headers().firstValue("ETag").isPresent());
    }

    @Test
    public void aBodyVersionThatDiffersFromIfMatchIs400NamingVersion() throws Exception {
        JsonNode problem = problem(send(put("{\"name\":\"x\",\"version\":3}", "2").header("Accept-Language", "es")), 400);
        assertEquals("https://cybersudoe.org/problems/validation", problem.get("type").asText());
        assertEquals("version", problem.get("errors").get(0).get("field").asText());
        assertEquals("invalid-value", problem.get("errors").get(0).get("code").asText());
        assertEquals("no coincide con la versión de la cabecera If-Match (2)", problem.get("errors").get(0).get("detail").asText());

        assertEquals(3, JSON.readTree(send(put("{\"version\":3}", "W/\"3\"")).body()).get("version").asInt());
        assertEquals(3, JSON.readTree(send(put("{\"version\":3}", null)).body()).get("version").asInt());
        assertEquals(2, JSON.readTree(send(put("{\"name\":\"x\"}", "\"2\"")).body()).get("version").asInt());
        assertEquals(3, JSON.readTree(send(put("{\"version\":3}", "*")).body()).get("version").asInt());
        assertEquals("If-Match", problem(send(put("{\"version\":3}", "\"v3\"")), 400).get("errors").get(0).get("field").asText());
    }

    @Test
    public void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(3000) + "\"}";
        JsonNode declared = problem(send(postJson("/v1/sample/teams", big)), 413);
        assertEquals("https://cybersudoe.org/problems/payload-too-large", declared.get("type").asText());

        HttpRequest.Builder chunked = to("/v1/sample/teams").header("Content-Type", "application/json")
                .header("Authorization", AUTH)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes())));
        problem(send(chunked), 413);
    }

    @Test
    public void theBodyLimitChangesWithoutRebuildingTheServer() throws Exception {
        String body = "{\"name\":\"" + "x".repeat(3000) + "\",\"size\":1}";
        problem(send(postJson("/v1/sample/teams", body)), 413);
        SETTINGS.set(new WebSettings(List.of("network"), 8192, 64, Duration.ofSeconds(60)));
        assertEquals(200, send(postJson("/v1/sample/teams", body)).statusCode());
    }

    @Test
    public void problemExceptionsOfServicesKeepTheirStatusAndType() throws Exception {
        JsonNode denied = problem(send(to("/v1/sample/teams/3").header("Authorization", AUTH).DELETE()), 403);
        assertEquals("https://cybersudoe.org/problems/partner.scope", denied.get("type").asText());
        JsonNode missing = problem(send(to("/v1/sample/teams/0").header("Authorization", AUTH)), 404);
        assertEquals("https://cybersudoe.org/problems/not-found", missing.get("type").asText());
        JsonNode invalid = problem(send(postJson("/v1/sample/teams/validate", "{}").header("Accept-Language", "pt-PT")), 400);
        assertEquals("é obrigatório", invalid.get("errors").get(0).get("detail").asText());
    }

    @Test
    public void unknownPathsMethodsAndMediaTypesKeepTheirStatus() throws Exception {
        JsonNode notFound = problem(send(to("/v1/nothing/here").header("Authorization", AUTH)), 404);
        assertEquals("/api/v1/nothing/here", notFound.get("instance").asText());
        HttpResponse<String> notAllowed = send(to("/v1/sample/teams/me").header("Authorization", AUTH)
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json"));
        problem(notAllowed, 405);
        // /me is a GET of its own, and also an {id} of DELETE /{id}, whose id takes any text; not POST or PUT
        assertEquals("what /teams/me answers to, not every method of the class", "DELETE, GET, HEAD, OPTIONS",
                notAllowed.headers().firstValue("Allow").orElse(null));
        HttpResponse<String> deleteAll = send(to("/v1/sample/teams").header("Authorization", AUTH).DELETE());
        problem(deleteAll, 405);
        assertEquals("OPTIONS, POST", deleteAll.headers().firstValue("Allow").orElse(null));
        HttpResponse<String> options = send(to("/v1/sample/teams/7").header("Authorization", AUTH)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(options.body(), 200, options.statusCode());
        assertEquals("DELETE, GET, HEAD, OPTIONS, PUT", options.headers().firstValue("Allow").orElse(null));
        problem(send(to("/v1/sample/teams").header("Authorization", AUTH).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello"))), 415);
        problem(send(to("/v1/sample/teams/7").header("Authorization", AUTH).header("Accept", "application/xml")), 406);
    }

    @Test
    public void unexpectedErrorsAre500WithACorrelationIdAndNothingInternal() throws Exception {
        HttpResponse<String> response = send(to("/v1/sample/teams/boom").header("Authorization", AUTH));
        JsonNode problem = problem(response, 500);
        assertNotNull(problem.get("correlationId"));
        assertFalse(response.body().contains("derby"));
    }

    @Test
    public void healthIsAnonymousAnd503UntilEveryExpectedAreaIsUp() throws Exception {
        HttpResponse<String> down = send(to("/v1/health"));
        assertEquals(503, down.statusCode());
        JsonNode report = JSON.readTree(down.body());
        assertEquals("DOWN", report.get("status").asText());
        assertFalse(report.get("areas").get("network").get("up").asBoolean());
        assertFalse("an anonymous caller gets the states, not the reasons: " + down.body(),
                report.get("areas").get("network").has("detail") || report.get("rest").has("detail"));
        assertTrue(down.headers().firstValue("Vary").orElse("").contains("Authorization"));

        HttpResponse<String> staff = send(to("/v1/health").header("Authorization", AUTH));
        assertEquals(503, staff.statusCode());
        assertEquals("No health contributor is registered for this area.",
                JSON.readTree(staff.body()).get("areas").get("network").get("detail").asText());

        HttpResponse<String> inSpanish = send(to("/v1/health").header("Authorization", AUTH)
                .header("Accept-Language", "es-ES,es;q=0.9,en;q=0.5"));
        assertEquals(503, inSpanish.statusCode());
        assertEquals("es", inSpanish.headers().firstValue("Content-Language").orElse(""));
        assertTrue(inSpanish.headers().firstValue("Vary").orElse("").contains("Accept-Language"));
        JsonNode spanish = JSON.readTree(inSpanish.body());
        assertEquals("No hay ningún contribuidor de salud registrado para esta área.",
                spanish.get("areas").get("network").get("detail").asText());
        assertEquals("the document keeps its shape: up and detail", 2, spanish.get("areas").get("network").size());

        CONTRIBUTORS.add(new HealthContributor() {
            @Override
            public String area() {
                return "network";
            }

            @Override
            public HealthStatus check() {
                return HealthStatus.up("schema at version 2");
            }
        });
        HttpResponse<String> up = send(to("/v1/health"));
        assertEquals(200, up.statusCode());
        JsonNode ready = JSON.readTree(up.body());
        assertEquals("UP", ready.get("status").asText());
        assertTrue(ready.get("areas").get("network").get("up").asBoolean());
        assertFalse(up.body(), up.body().contains("schema"));
        HttpResponse<String> upForStaff = send(to("/v1/health").header("Authorization", AUTH));
        assertEquals("schema at version 2", JSON.readTree(upForStaff.body()).get("areas").get("network").get("detail").asText());
    }

    @Test
    public void theOpenApiDocumentIsAnonymousAndDescribesTheResourcesAndTheirSecurity() throws Exception {
        HttpResponse<String> response = send(to("/openapi.json"));
        assertEquals(response.body(), 200, response.statusCode());
        JsonNode openApi = JSON.readTree(response.body());
        assertEquals("CyberSudoe platform API", openApi.get("info").get("title").asText());
        assertEquals("1.2.3", openApi.get("info").get("version").asText());
        assertEquals("basic", openApi.get("components").get("securitySchemes").get("basicAuth").get("scheme").asText());
        assertTrue(openApi.get("security").toString().contains("basicAuth"));
        assertTrue(openApi.get("paths").has("/v1/sample/teams/{id}"));
        assertEquals(0, openApi.get("paths").get("/v1/health").get("get").get("security").size());
        assertEquals(null, openApi.get("paths").get("/v1/sample/teams/me").get("get").get("security"));
        assertEquals(base, openApi.get("servers").get(0).get("url").asText());
    }

    @Test
    public void everyOperationListsTheProblemsItCanAnswerWithTheProblemSchema() throws Exception {
        JsonNode openApi = JSON.readTree(send(to("/openapi.json")).body());
        JsonNode schema = openApi.get("components").get("schemas").get("Problem");
        assertNotNull(openApi.get("components").toString(), schema);
        for (String property : List.of("type", "title", "status", "detail", "instance", "errors", "correlationId")) {
            assertTrue(property, schema.get("properties").has(property));
        }
        assertEquals("string", schema.get("properties").get("errors").get("items").get("properties").get("field").get("type").asText());

        JsonNode paths = openApi.get("paths");
        JsonNode create = paths.get("/v1/sample/teams").get("post").get("responses");
        assertEquals(List.of("default", "400", "401", "403", "409", "422", "413", "415", "500"), names(create));
        JsonNode key = paths.get("/v1/sample/teams").get("post").get("parameters").get(0);
        assertEquals("Idempotency-Key", key.get("name").asText());
        assertEquals("header", key.get("in").asText());
        assertEquals("#/components/schemas/Problem",
                create.get("400").get("content").get("application/problem+json").get("schema").get("$ref").asText());
        assertTrue("success kept: " + create.get("default"), create.get("default").get("content").has("application/json"));
        assertTrue(create.get("401").get("headers").has("WWW-Authenticate"));

        assertEquals(List.of("default", "400", "401", "403", "404", "500"), names(paths.get("/v1/sample/teams/{id}").get("get").get("responses")));
        JsonNode charter = paths.get("/v1/sample/teams/{id}/charter").get("get");
        assertEquals(List.of("default", "304", "400", "401", "403", "404", "500"), names(charter.get("responses")));
        assertTrue(charter.toString(), charter.get("responses").get("default").get("headers").has("ETag"));
        assertTrue(charter.toString(), charter.get("parameters").toString().contains("If-None-Match"));
        assertEquals(List.of("default", "400", "401", "403", "404", "409", "413", "415", "500"),
                names(paths.get("/v1/sample/teams/{id}").get("put").get("responses")));
        assertEquals(List.of("default", "400", "401", "403", "404", "409", "500"),
                names(paths.get("/v1/sample/teams/{id}").get("delete").get("responses")));
        assertEquals(List.of("default", "400", "401", "403", "500"), names(paths.get("/v1/sample/teams/list").get("get").get("responses")));
        // anonymous: no 401
        assertEquals(List.of("default", "400", "403", "500"), names(paths.get("/v1/health").get("get").get("responses")));

        // fetched again (CXF customizes the cached document on each request): the same document
        assertEquals(openApi, JSON.readTree(send(to("/openapi.json")).body()));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    public void swaggerUiIsServedAndPointsAtTheDocument() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(page.body(), 200, page.statusCode());
        assertTrue(page.body().contains("swagger-ui"));
        HttpResponse<String> init = send(to("/api-docs/swagger-initializer.js"));
        assertEquals(200, init.statusCode());
        assertTrue(init.body(), init.body().contains("\"/api/openapi.json\""));
    }
}
