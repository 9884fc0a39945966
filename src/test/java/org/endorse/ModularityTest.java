package org.endorse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module (proposal, nomination, laboratory, terms, meeting, register,
 * notification, member, security, system, portal, home): no two depend on each other in a circle, and none
 * reaches into another's sub-packages, which stay its own. The test also draws the modules and their
 * dependencies into docs/modules, the diagram README shows.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(EndorseApplication.class);
    private static final Path DIAGRAMS = Path.of("docs/modules");

    @Test
    void modulesDependOnEachOtherWithoutCyclesAndOnlyThroughTheirApi() {
        MODULES.verify();
    }

    @Test
    void theModuleDiagramIsDrawnIntoDocs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Path plantUml = DIAGRAMS.resolve("components.puml");
        // Laid out by PlantUML's own Java engine, so no Graphviz is needed to draw it.
        String source = Files.readString(plantUml).replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
        Path svg = DIAGRAMS.resolve("modules.svg");
        try (OutputStream out = Files.newOutputStream(svg)) {
            new SourceStringReader(source).outputImage(out, new FileFormatOption(FileFormat.SVG));
        }
        assertThat(Files.readString(svg)).contains("<svg", "Proposal", "Meeting");
    }
}
