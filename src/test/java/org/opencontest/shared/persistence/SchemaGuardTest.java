package org.opencontest.shared.persistence;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

class SchemaGuardTest {

    private final SchemaGuard guard = new SchemaGuard();

    @ParameterizedTest
    @ValueSource(strings = {"update", "create", "create-drop", "drop", "CREATE-only"})
    void refusesEverySettingThatChangesTheSchema(String action) {
        assertThatThrownBy(() -> guard.customize(properties("hibernate.hbm2ddl.auto", action)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only Flyway migrates");
        assertThatThrownBy(() -> guard.customize(
                properties("jakarta.persistence.schema-generation.database.action", action)))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "none", " Validate "})
    void letsHibernateCheckTheSchema(String action) {
        assertThatCode(() -> guard.customize(properties("hibernate.hbm2ddl.auto", action))).doesNotThrowAnyException();
    }

    /** Spring Boot really hands the guard the final properties: an environment's ddl-auto=update stops the start. */
    @Test
    void aDdlAutoThatChangesTheSchemaStopsTheStart() {
        SpringApplicationBuilder start = new SpringApplicationBuilder(GuardedJpa.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off");
        assertThatThrownBy(() -> start.run("--spring.datasource.url=jdbc:h2:mem:schema-guard",
                "--spring.jpa.hibernate.ddl-auto=update").close())
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause().hasMessageContaining("hibernate.hbm2ddl.auto=update would let Hibernate change the schema");
    }

    @Test
    void noSchemaSettingIsFine() {
        assertThatCode(() -> guard.customize(new HashMap<>())).doesNotThrowAnyException();
    }

    /** Only a data source and JPA, with the guard as the application has it. */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class})
    @Import(SchemaGuard.class)
    static class GuardedJpa {
    }

    private static Map<String, Object> properties(String key, String value) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(key, value);
        return properties;
    }
}
