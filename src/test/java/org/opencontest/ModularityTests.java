package org.opencontest;

import static java.util.stream.Collectors.toCollection;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

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

    /**
     * Writes the diagrams under target/ and copies to docs/modules only those whose content changed: the
     * documenter lists a diagram's lines in no fixed order, which would otherwise rewrite every file on every run.
     */
    @Test
    void writesModuleDocumentation() throws IOException {
        Path generated = Files.createDirectories(Path.of("target", "modules"));
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Path documented = Files.createDirectories(Path.of("docs", "modules"));
        try (Stream<Path> diagrams = Files.list(generated)) {
            for (Path diagram : diagrams.toList()) {
                Path target = documented.resolve(diagram.getFileName());
                if (!Files.exists(target) || !sortedLines(target).equals(sortedLines(diagram))) {
                    Files.copy(diagram, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
