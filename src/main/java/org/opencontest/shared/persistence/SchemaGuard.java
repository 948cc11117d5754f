package org.opencontest.shared.persistence;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hibernate.cfg.AvailableSettings;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Flyway owns the schema (db/migration); Hibernate may only check it ({@code spring.jpa.hibernate.ddl-auto:
 * validate}, application.yml). The start fails when any setting would let Hibernate create, update or drop tables —
 * e.g. {@code SPRING_JPA_HIBERNATE_DDL_AUTO=update} in a node's environment, which would otherwise alter the
 * production schema behind Flyway's back. Runs on the final Hibernate properties, after Spring Boot has mapped
 * {@code ddl-auto} and {@code spring.jpa.properties.*} onto them.
 */
@Component
class SchemaGuard implements HibernatePropertiesCustomizer {

    private static final Set<String> HARMLESS = Set.of("validate", "none");
    private static final List<String> SCHEMA_ACTIONS = List.of(AvailableSettings.HBM2DDL_AUTO,
            AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "javax.persistence.schema-generation.database.action");

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        for (String setting : SCHEMA_ACTIONS) {
            Object action = hibernateProperties.get(setting);
            if (action != null && !HARMLESS.contains(action.toString().strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException(setting + "=" + action + " would let Hibernate change the schema, "
                        + "which only Flyway migrates: use spring.jpa.hibernate.ddl-auto=validate");
            }
        }
    }
}
