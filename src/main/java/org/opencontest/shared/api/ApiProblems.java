package org.opencontest.shared.api;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.opencontest.shared.i18n.MessageArguments;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds the API's RFC 7807 problem details: title and detail in the caller's language (Accept-Language, else the
 * token owner's profile language, else English), the request path as {@code instance}, and the message key as a
 * stable, machine-readable {@code code}.
 */
@Component
public class ApiProblems {

    static final String CODE = "code";

    private final MessageSource messages;
    private final ObjectMapper json;

    ApiProblems(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public ProblemDetail problem(HttpStatusCode status, String messageKey, Object[] arguments,
                                 HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(messageKey, MessageArguments.in(arguments, locale), "!" + messageKey, locale));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(messages.getMessage("api.problem.title." + status.value(), null,
                known == null ? String.valueOf(status.value()) : known.getReasonPhrase(), locale));
        problem.setInstance(instance(request));
        problem.setProperty(CODE, messageKey);
        return problem;
    }

    public ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** For refusals outside Spring MVC (the security filters). */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    static Locale locale(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
            return SupportedLocales.closest(request.getLocale());
        }
        return SupportedLocales.closest(CurrentUser.get().map(AppPrincipal::locale).orElse(null));
    }

    private static URI instance(HttpServletRequest request) {
        try {
            return URI.create(request.getRequestURI());
        } catch (IllegalArgumentException unusualPath) {
            return null;
        }
    }
}
