package org.opencontest.shared.security;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The headers through the real filter chains of the default run (no {@code prod} profile). */
class SecurityHeadersIT extends IntegrationTest {

    @Autowired WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void pagesAndTheApiCarryThePolicyAndTheReferrerPolicyButNoHstsOutsideProd() throws Exception {
        // the API's chain and the main chain (Vaadin's pages need the real server: ProductionHeadersIT)
        for (String path : new String[] {"/api/v1/me", "/api/public/receipts/public-key", "/actuator/health"}) {
            mvc.perform(get(path).secure(true))
                    .andExpect(header().string("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andExpect(header().doesNotExist("Strict-Transport-Security"));
        }
    }
}
