package org.opencontest.shared.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.web.bind.annotation.RestController;

/**
 * Marks a REST controller of the token-authenticated API under {@code /api/v1}. Its errors become translated
 * RFC 7807 problem details ({@link ApiExceptionHandler}); map its handlers below {@code /api/v1/}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
public @interface ApiController {
}
