package org.opencontest;

import static java.util.stream.Collectors.toCollection;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps module boundaries honest and API surfaces narrow, and writes the module diagrams into docs/modules. (No
 * module canvases: they read the extracted Javadoc through Spring Boot's basic JSON parser, which chokes on it.)
 */
class ModularityTests {

    /** API types that no other module uses yet, with the reason they stay in the API. */
    private static final Map<String, String> UNUSED_API_ALLOWED = Map.of(
            "org.opencontest.audit.AuditRecord", "returned by AuditLog's read methods (the audit view, tests)",
            "org.opencontest.audit.ChainVerification", "returned by AuditLog.verify (the audit view)",
            "org.opencontest.storage.ObjectTooLargeException",
            "caught by submission: ArchUnit records no dependency for a catch clause");

    private final ApplicationModules modules = ApplicationModules.of(OpenContestApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * A module's API (its base package and named interfaces) holds only what other modules use; what only the
     * module's own views need lives in its subpackages. The {@code demo} module's use counts like any other.
     */
    @Test
    void everyApiTypeIsUsedByAnotherModule() {
        Set<String> usedElsewhere = typesUsedOutsideTheirModule();
        Set<String> unused = modules.stream()
                .filter(module -> !module.isOpen())
                .flatMap(module -> module.getNamedInterfaces().stream())
                .flatMap(NamedInterface::asJavaClasses)
                .filter(type -> type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaClass::getName)
                .filter(name -> !usedElsewhere.contains(name) && !UNUSED_API_ALLOWED.containsKey(name))
                .collect(toCollection(TreeSet::new));

        assertThat(unused)
                .as("public API types no other module uses: move them into the module's internal package")
                .isEmpty();
    }

    private Set<String> typesUsedOutsideTheirModule() {
        Set<String> used = new TreeSet<>();
        modules.forEach(module -> module.getBasePackage().stream().forEach(source -> {
            for (Dependency dependency : source.getDirectDependenciesFromSelf()) {
                JavaClass target = topLevel(dependency.getTargetClass().getBaseComponentType());
                modules.getModuleByType(target)
                        .filter(owner -> !owner.equals(module))
                        .ifPresent(owner -> used.add(target.getName()));
            }
        }));
        return used;
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass current = type;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
