package org.opencontest;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps module boundaries honest and writes the module diagrams into docs/modules. (No module canvases: they read
 * the Javadoc through a JSON parser that chokes on some comments.)
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(OpenContestApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
