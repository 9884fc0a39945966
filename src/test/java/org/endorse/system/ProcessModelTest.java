package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every BPMN file under processes/ is a valid model that opens as a diagram in Camunda Modeler: each flow
 * node has a shape and each sequence flow an edge, ids say what they are, and history is cleaned up.
 * bpmnlint (run by .ci/run) checks the modelling rules on top of this.
 */
class ProcessModelTest {

    static Stream<Path> processFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of("processes"))) {
            files = listing.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("processFiles")
    void diagramHasInterchangeForEveryElement(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Bpmn.validateModel(model);
        List<String> shaped = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).toList();
        List<String> edged = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(edge -> edge.getBpmnElement().getId()).toList();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(shaped).as("shape of " + node.getId() + " in " + file).contains(node.getId());
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(edged).as("edge of " + flow.getId() + " in " + file).contains(flow.getId());
        }
    }

    @ParameterizedTest
    @MethodSource("processFiles")
    void processIsNamedLikeItsFileAndKeepsHistoryForALimitedTime(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<Process> processes = List.copyOf(model.getModelElementsByType(Process.class));
        assertThat(processes).hasSize(1);
        assertThat(processes.get(0).getId() + ".bpmn").isEqualTo(file.getFileName().toString());
        assertThat(processes.get(0).getCamundaHistoryTimeToLiveString()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("processFiles")
    void elementIdsSayWhatTheyAre(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            assertThat(element.getId()).as("id in " + file)
                    .matches("(start|end|user|service|rule|xor|par|timer|flow|sub|message|event|call|script|send|receive)_[a-z0-9_]+");
        }
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            if (element.getId() != null) {
                assertThat(element.getId()).as("generated id in " + file)
                        .doesNotMatch("(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Process)_[0-9a-z]{6,}");
            }
        }
    }

    static Stream<Path> decisionFiles() throws IOException {
        try (Stream<Path> listing = Files.list(Path.of("processes"))) {
            return listing.filter(file -> file.toString().endsWith(".dmn")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("decisionFiles")
    void decisionTableIsNamedLikeItsFileAndOpensInTheModeler(Path file) throws Exception {
        DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
        Dmn.validateModel(model);
        List<Decision> decisions = List.copyOf(model.getModelElementsByType(Decision.class));
        assertThat(decisions).hasSize(1);
        assertThat(decisions.get(0).getId() + ".dmn").isEqualTo(file.getFileName().toString());
        assertThat(decisions.get(0).getCamundaHistoryTimeToLiveString()).isNotBlank();
        // Camunda's DMN model API does not read DMNDI, so the shape is looked up in the XML itself.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList shapes = factory.newDocumentBuilder().parse(file.toFile())
                .getElementsByTagNameNS("https://www.omg.org/spec/DMN/20191111/DMNDI/", "DMNShape");
        List<String> shaped = IntStream.range(0, shapes.getLength())
                .mapToObj(index -> ((Element) shapes.item(index)).getAttribute("dmnElementRef")).toList();
        assertThat(shaped).as("the decision has a shape in the decision requirements diagram")
                .contains(decisions.get(0).getId());
    }
}
