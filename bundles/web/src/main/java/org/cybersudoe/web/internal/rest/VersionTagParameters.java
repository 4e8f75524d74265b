package org.cybersudoe.web.internal.rest;

import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * What {@link VersionTags} does, in the OpenAPI document: an operation whose success answer is a
 * schema with a {@code version} property lists the {@code ETag} header of that answer, and a GET
 * of one takes {@code If-None-Match} and may answer 304. Applying it again changes nothing.
 */
final class VersionTagParameters {

    private static final String SCHEMAS = "#/components/schemas/";

    private VersionTagParameters() {
    }

    static void addTo(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        for (PathItem path : openApi.getPaths().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                ApiResponse success = operation.getResponses() == null ? null : operation.getResponses().getDefault();
                if (success == null || !isVersioned(openApi, success)) {
                    continue;
                }
                if (success.getHeaders() == null || !success.getHeaders().containsKey("ETag")) {
                    success.addHeaderObject("ETag", new Header().schema(new StringSchema())
                            .description("The record's version and a digest of this answer (\"7-9f86d081884c7d65\"): send it back "
                                    + "in If-Match to update the record"));
                }
                if (entry.getKey() == PathItem.HttpMethod.GET && !hasHeaderParameter(operation, "If-None-Match")) {
                    operation.addParametersItem(new HeaderParameter().name("If-None-Match").required(false)
                            .description("The ETag you hold: while the answer would be the same, it is "
                                    + "304 Not Modified without a body").schema(new StringSchema()));
                    operation.getResponses().addApiResponse("304",
                            new ApiResponse().description("The answer is still the one tagged in If-None-Match"));
                }
            }
        }
    }

    private static boolean isVersioned(OpenAPI openApi, ApiResponse success) {
        if (success.getContent() == null) {
            return false;
        }
        for (MediaType media : success.getContent().values()) {
            String ref = media.getSchema() == null ? null : media.getSchema().get$ref();
            if (ref != null && ref.startsWith(SCHEMAS)) {
                Schema<?> schema = openApi.getComponents().getSchemas().get(ref.substring(SCHEMAS.length()));
                if (schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the operation already lists this header among its parameters. */
    static boolean hasHeaderParameter(Operation operation, String header) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "header".equals(p.getIn()) && header.equalsIgnoreCase(p.getName()));
    }
}
