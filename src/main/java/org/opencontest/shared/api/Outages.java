package org.opencontest.shared.api;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The API's answer when the database or the object store is away: {@code 503} with {@code Retry-After}, a problem
 * document saying which service is missing, and nothing changed. A client retries the same request (submissions
 * carry a request key, so a retry never makes a second version).
 */
final class Outages {

    /** Long enough for a database failover or a store restart, short enough for a deadline. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private Outages() {
    }

    static ProblemDetail problem(ApiProblems problems, String messageKey, HttpServletRequest request) {
        return problems.problem(HttpStatus.SERVICE_UNAVAILABLE, messageKey, new Object[0], request);
    }

    static ResponseEntity<ProblemDetail> respond(ApiProblems problems, String messageKey, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(problems, messageKey, request));
    }
}
