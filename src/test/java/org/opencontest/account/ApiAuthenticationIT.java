package org.opencontest.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.account.internal.ApiTokenSecrets;
import org.opencontest.account.internal.ApiTokens;
import org.opencontest.account.internal.CreatedApiToken;
import org.opencontest.account.internal.LoginThrottle;
import org.opencontest.account.internal.NewApiToken;
import org.opencontest.account.internal.UserAccount;
import org.opencontest.account.internal.UserAccountRepository;
import org.opencontest.shared.security.ApiScope;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.Actors;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The token-authenticated API end to end through the real filter chains, MVC and database: who gets in, what the
 * refusals look like (problem details, translated) and the OpenAPI description.
 */
class ApiAuthenticationIT extends IntegrationTest {

    @Autowired WebApplicationContext context;
    @Autowired TestAccounts testAccounts;
    @Autowired ApiTokens apiTokens;
    @Autowired UserAccountRepository users;
    @Autowired LoginThrottle throttle;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private MockMvc mvc;
    private AppPrincipal owner;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        owner = testAccounts.create(Role.PARTICIPANT, ZoneId.of("Europe/Berlin"));
    }

    @Test
    void aValidTokenAuthenticatesAsItsOwnerWithItsScopesAndNoSession() throws Exception {
        CreatedApiToken token = create(owner, ApiScope.CONTESTS_READ, ApiScope.SUBMISSIONS_READ);

        MvcResult result = me(token.secret())
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value(owner.userId()))
                .andExpect(jsonPath("$.email").value(owner.email()))
                .andExpect(jsonPath("$.name").value("Test Account"))
                .andExpect(jsonPath("$.roles[0]").value("PARTICIPANT"))
                .andExpect(jsonPath("$.locale").value("en"))
                .andExpect(jsonPath("$.zone").value("Europe/Berlin"))
                .andExpect(jsonPath("$.scopes.length()").value(2))
                .andExpect(jsonPath("$.scopes[0]").value("contests:read"))
                .andExpect(jsonPath("$.scopes[1]").value("submissions:read"))
                .andExpect(jsonPath("$.tokenExpiresAt").value(token.token().expiresAt().toString()))
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
                .andReturn();

        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(Actors.as(owner, apiTokens::myTokens)).singleElement()
                .satisfies(summary -> assertThat(summary.lastUsedAt()).isNotNull());
    }

    @Test
    void withoutATokenTheAnswerIs401WithAProblemAndABearerChallenge() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"OpenContest\""))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(jsonPath("$.code").value("api.error.token.missing"))
                .andExpect(jsonPath("$.detail", startsWith("This endpoint needs a personal API token.")))
                .andExpect(jsonPath("$.instance").value("/api/v1/me"));
    }

    @Test
    void wrongAndForgedTokensAreRefusedAsInvalid() throws Exception {
        create(owner, ApiScope.CONTESTS_READ);
        String forged = ApiTokenSecrets.generate();

        for (String secret : new String[] {"not-a-token", forged, forged.substring(3), forged + "x"}) {
            refused(me(secret), "api.error.token.invalid")
                    .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")));
        }
        refused(mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Basic " + TestAccounts.PASSWORD)),
                "api.error.token.notBearer");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        CreatedApiToken token = create(owner, ApiScope.CONTESTS_READ);
        jdbc.update("UPDATE api_token SET expires_at = ? WHERE id = ?",
                Timestamp.from(clock.instant().minusSeconds(1)), token.token().id());

        refused(me(token.secret()), "api.error.token.expired")
                .andExpect(jsonPath("$.detail").value("This token has expired. Create a new one on your profile page."));
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() throws Exception {
        CreatedApiToken token = create(owner, ApiScope.CONTESTS_READ);
        me(token.secret()).andExpect(status().isOk());

        Actors.as(owner, () -> apiTokens.revoke(token.token().id()));

        refused(me(token.secret()), "api.error.token.revoked");
    }

    @Test
    void theTokensOfADisabledAccountStopWorkingButWrongPasswordsNeverStopATokens() throws Exception {
        CreatedApiToken token = create(owner, ApiScope.CONTESTS_READ);
        AppPrincipal other = testAccounts.create(Role.PARTICIPANT, ZoneId.of("Europe/Berlin"));
        CreatedApiToken othersToken = create(other, ApiScope.CONTESTS_READ);

        UserAccount account = users.findById(owner.userId()).orElseThrow();
        account.setEnabled(false);
        users.saveAndFlush(account);
        refused(me(token.secret()), "api.error.token.accountDisabled");

        for (int attempt = 0; attempt < 50; attempt++) {
            throttle.recordFailure(other.email(), attempt % 2 == 0 ? "203.0.113.9" : "198.51.100." + attempt,
                    clock.instant());
        }
        me(othersToken.secret()).andExpect(status().isOk());
    }

    @Test
    void aTokenWithoutTheNeededScopeGets403NamingTheScope() throws Exception {
        CreatedApiToken reader = create(owner, ApiScope.CONTESTS_READ, ApiScope.SUBMISSIONS_READ);
        CreatedApiToken writer = create(owner, ApiScope.SUBMISSIONS_WRITE);

        call(get("/api/v1/test-probe/write"), reader.secret())
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("api.error.missingScope"))
                .andExpect(jsonPath("$.requiredScopes[0]").value("submissions:write"))
                .andExpect(jsonPath("$.detail", containsString("(submissions:write)")));
        call(get("/api/v1/test-probe/write"), writer.secret())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("written"));
    }

    @Test
    void problemsSpeakTheLanguageOfAcceptLanguage() throws Exception {
        mvc.perform(get("/api/v1/me").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("未认证"))
                .andExpect(jsonPath("$.detail", startsWith("此接口需要个人 API 令牌。")));

        CreatedApiToken reader = create(owner, ApiScope.CONTESTS_READ);
        call(get("/api/v1/test-probe/refused").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"), reader.secret())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请选择 1 到 365 天之间的有效期。"));
    }

    @Test
    void refusalsOfTheServicesBecomeProblemsWithFittingStatuses() throws Exception {
        String secret = create(owner, ApiScope.CONTESTS_READ).secret();

        call(get("/api/v1/test-probe/missing"), secret)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("error.notFound"))
                .andExpect(jsonPath("$.detail").value("Not found, or you may not see it."));
        call(get("/api/v1/no-such-endpoint"), secret)
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("error.notFound"));
        call(get("/api/v1/test-probe/refused"), secret)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Choose a validity between 1 and 365 days."));
        call(get("/api/v1/test-probe/stale"), secret)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("error.concurrentEdit"));
        call(get("/api/v1/test-probe/broken"), secret)
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("error.unexpected"))
                .andExpect(jsonPath("$.detail", containsString("Nothing was changed")));
    }

    @Test
    void badRequestsNameWhatIsWrong() throws Exception {
        String secret = create(owner, ApiScope.CONTESTS_READ).secret();

        call(post("/api/v1/test-probe/echo").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \" \", \"count\": 11}"), secret)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("api.error.status.400"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'count')].message").exists());
        call(post("/api/v1/test-probe/echo").contentType(MediaType.APPLICATION_JSON).content("{broken"), secret)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("Failed to read request"));
        call(post("/api/v1/test-probe/echo").contentType(MediaType.TEXT_PLAIN).content("hello"), secret)
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.title").value("Unsupported media type"))
                .andExpect(jsonPath("$.code").value("api.error.status.415"));
    }

    @Test
    void theOpenApiDescriptionIsPublicAndDescribesTheBearerScheme() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.components.securitySchemes.bearerToken.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.bearerToken.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[0].bearerToken").isArray())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get.responses['200']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get.responses['401'].content['application/problem+json']")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.Problem.properties.code").exists())
                .andExpect(jsonPath("$.paths['/api/public/contests/{slug}/cover']").doesNotExist());
    }

    @Test
    void swaggerUiIsServedRatherThanSwallowedByVaadin() throws Exception {
        mvc.perform(get("/swagger-ui.html"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/swagger-ui/index.html"));
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("swagger-ui")));
    }

    private CreatedApiToken create(AppPrincipal owner, ApiScope... scopes) {
        return Actors.as(owner, () -> apiTokens.create(new NewApiToken(
                "token " + UUID.randomUUID(), EnumSet.of(scopes[0], scopes), 30)));
    }

    private ResultActions me(String secret) throws Exception {
        return call(get("/api/v1/me"), secret);
    }

    private ResultActions call(MockHttpServletRequestBuilder request,
                               String secret) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + secret));
    }

    private static ResultActions refused(ResultActions result, String code) throws Exception {
        return result.andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json;charset=UTF-8"))
                .andExpect(jsonPath("$.code").value(code));
    }
}
