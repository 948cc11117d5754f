package org.opencontest.shared.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;

import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.ApiScopes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A test-only API controller (picked up by the shared test context) that fails on demand, so that the error
 * handling every {@link ApiController} relies on is tested apart from any real endpoint. Hidden from the OpenAPI
 * description, which the journeys photograph.
 */
@ApiController
@Hidden
@RequestMapping("/api/v1/test-probe")
class ApiProbeController {

    @GetMapping("/write")
    @PreAuthorize(ApiScopes.SUBMISSIONS_WRITE)
    Map<String, String> needsWriteScope() {
        return Map.of("outcome", "written");
    }

    @GetMapping("/missing")
    void missing() {
        throw new NotFoundException();
    }

    @GetMapping("/refused")
    void refused() {
        throw new UserFacingException("account.apiToken.validation.validity.range", 365);
    }

    @GetMapping("/stale")
    void stale() {
        throw new UserFacingException("error.concurrentEdit");
    }

    @GetMapping("/broken")
    void broken() {
        throw new IllegalStateException("a bug, not the caller's fault");
    }

    @PostMapping("/echo")
    Echo echo(@Valid @RequestBody Echo echo) {
        return echo;
    }

    record Echo(@NotBlank String name, @Max(10) int count) {
    }
}
