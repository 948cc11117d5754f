package org.opencontest.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Security lives in the services: every public service method says who may call it. */
class ServiceSecurityRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.opencontest");

    @Test
    void everyPublicMethodOfAPublicServiceDeclaresWhoMayCallIt() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().arePublic()
                .and().arePublic()
                .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .should(declareWhoMayCallThem())
                .check(CLASSES);
    }

    @Test
    void viewsDoNotTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .check(CLASSES);
    }

    private static ArchCondition<JavaMethod> declareWhoMayCallThem() {
        return new ArchCondition<>("declare who may call them (@RolesAllowed, @PermitAll, @PreAuthorize, @DenyAll)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = guarded(method) || method.getOwner().isAnnotatedWith(RolesAllowed.class)
                        || method.getOwner().isAnnotatedWith(PreAuthorize.class)
                        || method.getOwner().isAnnotatedWith(PermitAll.class);
                events.add(new SimpleConditionEvent(method, declared,
                        method.getFullName() + (declared ? " declares" : " does not declare") + " who may call it"));
            }

            private boolean guarded(JavaMethod method) {
                return method.isAnnotatedWith(RolesAllowed.class) || method.isAnnotatedWith(PermitAll.class)
                        || method.isAnnotatedWith(PreAuthorize.class) || method.isAnnotatedWith(DenyAll.class);
            }
        };
    }
}
