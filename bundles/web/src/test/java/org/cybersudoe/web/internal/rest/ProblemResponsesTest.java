package org.cybersudoe.web.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.junit.Test;

/** The error responses are added to what the areas declare, without taking an area's schema. */
public class ProblemResponsesTest {

    private static OpenAPI document() {
        Operation update = new Operation().requestBody(new RequestBody())
                .responses(new ApiResponses()._default(new ApiResponse().description("default response"))
                        .addApiResponse("404", new ApiResponse().description("No such sheet, or not yours to read")));
        Operation search = new Operation().responses(new ApiResponses()._default(new ApiResponse().description("default response")));
        Operation create = new Operation().requestBody(new RequestBody())
                .responses(new ApiResponses()._default(new ApiResponse().description("default response")));
        Operation unsubscribe = new Operation().security(List.of())
                .responses(new ApiResponses()._default(new ApiResponse().description("default response")));
        return new OpenAPI().paths(new Paths()
                .addPathItem("/v1/benchmark/sheets/{id}", new PathItem().put(update))
                .addPathItem("/v1/benchmark/sheets", new PathItem().get(search).post(create))
                .addPathItem("/v1/outreach/unsubscribe", new PathItem().post(unsubscribe)));
    }

    @Test
    public void anOperationsOwnResponsesAreKept() {
        OpenAPI openApi = document();
        ProblemResponses.addTo(openApi);
        ApiResponses update = openApi.getPaths().get("/v1/benchmark/sheets/{id}").getPut().getResponses();
        assertEquals(List.of("default", "404", "400", "401", "403", "409", "413", "415", "500"), List.copyOf(update.keySet()));
        assertEquals("No such sheet, or not yours to read", update.get("404").getDescription());
        assertEquals("#/components/schemas/Problem",
                update.get("409").getContent().get("application/problem+json").getSchema().get$ref());
        ApiResponses search = openApi.getPaths().get("/v1/benchmark/sheets").getGet().getResponses();
        assertEquals(List.of("default", "400", "401", "403", "500"), List.copyOf(search.keySet()));
    }

    @Test
    public void aPostThatNeedsCredentialsTakesAnIdempotencyKeyAndListsItsRefusals() {
        OpenAPI openApi = document();
        IdempotencyKeyParameters.addTo(openApi);
        IdempotencyKeyParameters.addTo(openApi);
        ProblemResponses.addTo(openApi);
        Operation create = openApi.getPaths().get("/v1/benchmark/sheets").getPost();
        assertEquals(1, create.getParameters().size());
        assertEquals("Idempotency-Key", create.getParameters().get(0).getName());
        assertEquals("header", create.getParameters().get(0).getIn());
        assertEquals(List.of("default", "400", "401", "403", "409", "422", "413", "415", "500"),
                List.copyOf(create.getResponses().keySet()));
        // anonymous: no caller to scope a key to; the PUT: idempotent already
        Operation unsubscribe = openApi.getPaths().get("/v1/outreach/unsubscribe").getPost();
        assertEquals(null, unsubscribe.getParameters());
        assertFalse(unsubscribe.getResponses().containsKey("422"));
        assertEquals(null, openApi.getPaths().get("/v1/benchmark/sheets/{id}").getPut().getParameters());
    }

    @Test
    public void addingTwiceChangesNothing() {
        OpenAPI once = document();
        ProblemResponses.addTo(once);
        OpenAPI twice = document();
        ProblemResponses.addTo(twice);
        ProblemResponses.addTo(twice);
        assertEquals(once, twice);
    }

    /** The toolbox has a type ProblemBody (a theme's problem): a type named Problem would be kept the same way. */
    @Test
    public void anAreasSchemaOfTheSameNameIsLeftAlone() {
        OpenAPI openApi = document();
        Schema<?> areas = new ObjectSchema().addProperty("file", new StringSchema());
        openApi.components(new Components().addSchemas("Problem", areas));
        ProblemResponses.addTo(openApi);
        ProblemResponses.addTo(openApi);
        assertSame(areas, openApi.getComponents().getSchemas().get("Problem"));
        assertEquals(ProblemResponses.schema(), openApi.getComponents().getSchemas().get("Problem2"));
        assertEquals(List.of("Problem", "Problem2"), List.copyOf(openApi.getComponents().getSchemas().keySet()));
        assertEquals("#/components/schemas/Problem2", openApi.getPaths().get("/v1/benchmark/sheets").getGet().getResponses()
                .get("500").getContent().get("application/problem+json").getSchema().get$ref());
    }
}
