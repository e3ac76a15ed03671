package org.spasmcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module diagram (PlantUML) that docs/architecture.md links, and fails when the committed copy in
 * docs/modules/ no longer matches the code: a module that gains or loses a dependency changes the picture too.
 */
class ModuleDocumentationTest {

    private static final Path WRITTEN = Path.of("target", "spring-modulith-docs");
    private static final Path COMMITTED = Path.of("docs", "modules");

    @Test
    void shouldWriteTheModuleDiagramAndMatchTheCommittedOne() throws IOException {
        new Documenter(ApplicationModules.of(SpasmCareApplication.class),
                Documenter.Options.defaults().withOutputFolder(WRITTEN.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        String diagram = Files.readString(WRITTEN.resolve("components.puml"));
        assertThat(diagram).contains("Triage", "Recovery", "Catalog");
        // Modulith lists modules and relations in no fixed order: compare the lines, not their order
        assertThat(Files.readAllLines(COMMITTED.resolve("components.puml")))
                .as("docs/modules/components.puml is out of date: copy " + WRITTEN.resolve("components.puml")
                        + " (written by this test) over it")
                .containsExactlyInAnyOrderElementsOf(diagram.lines().toList());
    }
}
