package org.opencontest.shared.persistence;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @Test
    void noSchemaSettingIsFine() {
        assertThatCode(() -> guard.customize(new HashMap<>())).doesNotThrowAnyException();
    }

    private static Map<String, Object> properties(String key, String value) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(key, value);
        return properties;
    }
}
