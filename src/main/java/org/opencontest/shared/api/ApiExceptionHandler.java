package org.opencontest.shared.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.RateLimitedException;
import org.opencontest.shared.error.ServiceOutages;
import org.opencontest.shared.error.ServiceUnavailableException;
import org.opencontest.shared.error.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.validation.FieldError;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an {@link ApiController} into a translated problem detail (RFC 7807,
 * {@code application/problem+json}):
 * <ul>
 *   <li>{@link NotFoundException} (missing or not visible to the caller): 404;</li>
 *   <li>{@link ServiceUnavailableException} (the object store is away) and a database outage: 503 with
 *       {@code Retry-After};</li>
 *   <li>other {@link UserFacingException}s: 400, or 409 for {@code error.concurrentEdit};</li>
 *   <li>{@link AccessDeniedException}: 403, naming the missing scope when a scope check refused;</li>
 *   <li>Spring MVC's own errors (bad JSON, missing or mistyped parameters, validation with an {@code errors} list,
 *       unsupported media types): their status, with Spring's English explanation as {@code reason};</li>
 *   <li>anything else: 500, logged; the transaction rolled back, so nothing half-done remains.</li>
 * </ul>
 */
@RestControllerAdvice(annotations = ApiController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final Pattern SCOPE = Pattern.compile("SCOPE_([a-z:]+)");
    private static final String CONCURRENT_EDIT = "error.concurrentEdit";
    /** Statuses Spring MVC answers with that have their own message ({@code api.error.status.<code>}). */
    private static final Set<Integer> STATUS_MESSAGES = Set.of(400, 404, 405, 406, 413, 415, 503);

    private final ApiProblems problems;

    ApiExceptionHandler(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException refusal, HttpServletRequest request) {
        return refuse(HttpStatus.NOT_FOUND, refusal, request);
    }

    /** The object store or the database is away: 503 with Retry-After, nothing was changed. */
    @ExceptionHandler({ServiceUnavailableException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception outage, HttpServletRequest request) {
        String key = ServiceOutages.messageKey(outage);
        LOG.warn("{} answered 503 ({}): {}", request.getRequestURI(), key, outage.toString());
        return Outages.respond(problems, key == null ? "api.error.status.503" : key, request);
    }

    /** Too many actions in a short time: 429 with Retry-After, so that a client waits and sends it again. */
    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException refusal, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, refusal.retryAfter().toSeconds())))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(HttpStatus.TOO_MANY_REQUESTS, refusal.getMessageKey(), refusal.getArguments(),
                        request));
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ProblemDetail> refused(UserFacingException refusal, HttpServletRequest request) {
        return refuse(CONCURRENT_EDIT.equals(refusal.getMessageKey()) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                refusal, request);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentEdit(HttpServletRequest request) {
        return problems.respond(problems.problem(HttpStatus.CONFLICT, CONCURRENT_EDIT, new Object[0], request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException denied, HttpServletRequest request) {
        List<String> scopes = requiredScopes(denied);
        ProblemDetail problem = scopes.isEmpty()
                ? problems.problem(HttpStatus.FORBIDDEN, "error.accessDenied", new Object[0], request)
                : problems.problem(HttpStatus.FORBIDDEN, "api.error.missingScope",
                        new Object[] {String.join(", ", scopes)}, request);
        if (!scopes.isEmpty()) {
            problem.setProperty("requiredScopes", scopes);
        }
        return problems.respond(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception error, HttpServletRequest request) {
        String outage = ServiceOutages.messageKey(error);
        if (outage != null) {
            return unavailable(error, request);
        }
        LOG.error("Unexpected error in {}", request.getRequestURI(), error);
        return problems.respond(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", new Object[0],
                request));
    }

    /** Spring MVC's own exceptions (bad requests, unsupported methods or media types) in our problem format. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception error, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        ProblemDetail problem = problems.problem(status, statusMessageKey(status), new Object[0], servletRequest);
        List<Map<String, String>> errors = validationErrors(error);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        } else if (body instanceof ProblemDetail springProblem && springProblem.getDetail() != null) {
            problem.setProperty("reason", springProblem.getDetail());
        }
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, problemHeaders, status);
    }

    private static String statusMessageKey(HttpStatusCode status) {
        if (STATUS_MESSAGES.contains(status.value())) {
            return "api.error.status." + status.value();
        }
        return status.is4xxClientError() ? "api.error.status.400" : "error.unexpected";
    }

    private ResponseEntity<ProblemDetail> refuse(HttpStatus status, UserFacingException refusal,
                                                 HttpServletRequest request) {
        return problems.respond(problems.problem(status, refusal.getMessageKey(), refusal.getArguments(), request));
    }

    /** Field by field, with the validator's message (interpolated in the request's language). */
    private static List<Map<String, String>> validationErrors(Exception error) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (error instanceof MethodArgumentNotValidException invalid) {
            invalid.getBindingResult().getAllErrors().forEach(violation -> errors.add(Map.of(
                    "field", violation instanceof FieldError field ? field.getField() : violation.getObjectName(),
                    "message", message(violation))));
        } else if (error instanceof HandlerMethodValidationException invalid) {
            invalid.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(
                    violation -> errors.add(Map.of("field", String.valueOf(
                            result.getMethodParameter().getParameterName()), "message", message(violation)))));
        }
        return errors;
    }

    private static String message(MessageSourceResolvable violation) {
        return violation.getDefaultMessage() == null ? "" : violation.getDefaultMessage();
    }

    private static List<String> requiredScopes(AccessDeniedException denied) {
        List<String> scopes = new ArrayList<>();
        if (denied instanceof AuthorizationDeniedException authorization
                && authorization.getAuthorizationResult() instanceof ExpressionAuthorizationDecision decision) {
            Matcher matcher = SCOPE.matcher(decision.getExpression().getExpressionString());
            while (matcher.find()) {
                scopes.add(matcher.group(1));
            }
        }
        return scopes;
    }
}
