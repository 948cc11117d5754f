package org.opencontest.shared.api;

import io.swagger.v3.oas.annotations.Hidden;

import org.opencontest.shared.error.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers unknown paths under {@code /api/v1} with a 404 problem. Without it Spring would hand them to Vaadin's
 * root mapping, which answers with an HTML page. As the least specific mapping it never shadows a real endpoint
 * (a real path with the wrong method also lands here and gets 404).
 */
@ApiController
@Hidden
class ApiFallbackController {

    @RequestMapping("/api/v1/**")
    void unknown() {
        throw new NotFoundException();
    }
}
