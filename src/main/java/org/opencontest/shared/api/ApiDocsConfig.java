package org.opencontest.shared.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}): the {@code /api/v1}
 * endpoints, the bearer-token scheme they all require, and the problem-detail answers every one of them can give.
 */
@Configuration
class ApiDocsConfig {

    static final String BEARER_SCHEME = "bearerToken";
    private static final String PROBLEM_SCHEMA = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;

    @Bean
    OpenAPI openContestApi() {
        return new OpenAPI()
                .info(new Info().title("OpenContest API").version("v1").description(
                        "Personal API of OpenContest. Create a token on your profile page and send it as "
                                + "`Authorization: Bearer oc_…`. Errors are RFC 7807 problem details in the language "
                                + "of `Accept-Language` (English or Chinese)."))
                .components(new Components()
                        .addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("oc_…")
                                .description("A personal API token from the profile page; each endpoint names the "
                                        + "scope it needs (contests:read, submissions:read, submissions:write, "
                                        + "votes:write).")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
    }

    /**
     * Every endpoint can refuse a missing or refused token (401) and a token without the needed scope (403), and
     * answers 503 while the database or the object store is away. The
     * problem schema is added here, after springdoc has assembled the schemas of the endpoints.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                operation.getResponses().addApiResponse("401", problemResponse(
                        "No token, or the token is unknown, expired or revoked, or its owner's account is disabled"));
                operation.getResponses().addApiResponse("403", problemResponse(
                        "The token lacks the scope this endpoint needs, or the owner may not do this"));
                ApiResponse unavailable = problemResponse("The database (code error.databaseUnavailable) or the "
                        + "object store (code storage.error.unavailable) is not reachable; nothing was changed. "
                        + "Send the same request again after Retry-After seconds");
                unavailable.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
                        .description("Seconds to wait before retrying").schema(new IntegerSchema().example(30)));
                operation.getResponses().addApiResponse("503", unavailable);
            }));
        };
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").example("about:blank"));
        properties.put("title", new StringSchema().example("Unauthorized"));
        properties.put("status", new IntegerSchema().example(401));
        properties.put("detail", new StringSchema()
                .example("This token has expired. Create a new one on your profile page."));
        properties.put("instance", new StringSchema().format("uri").example("/api/v1/me"));
        properties.put("code", new StringSchema().description("Stable message key, for programs")
                .example("api.error.token.expired"));
        return new ObjectSchema().description("RFC 7807 problem detail").properties(properties)
                .required(List.of("title", "status", "detail", "code"));
    }
}
