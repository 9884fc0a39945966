package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.endorse.EndorseTest;
import org.endorse.document.DocumentCheckProcess;
import org.endorse.laboratory.LaboratoryProcess;
import org.endorse.meeting.ActionItemProcess;
import org.endorse.meeting.MeetingProcess;
import org.endorse.nomination.CallForNominationsProcess;
import org.endorse.nomination.NominationProcess;
import org.endorse.notification.NotificationDeliveryProcess;
import org.endorse.notification.OutboxArchivingProcess;
import org.endorse.proposal.ProposalCheckProcess;
import org.endorse.proposal.ProposalEndorsementProcess;
import org.endorse.register.AccreditationWatchProcess;
import org.endorse.register.ViceChairHandoverProcess;
import org.endorse.terms.TermsProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The contract between the models in processes/ and the Java code, checked both ways, so that a rename in Camunda
 * Modeler fails here rather than in production. Each process's class names its model through {@code KEY}
 * (processes/KEY.bpmn); its public constants are, by their name, {@code MESSAGE_*} a message of the model,
 * {@code DECISION_*} a decision table (processes/ID.dmn), {@code VAR_*} a {@link ProcessVariable}, and any other
 * string an element id of the model; every model in processes/ is named so. Every expression of every model
 * ({@code ${...}}, {@code #{...}}) names only beans marked {@link ProcessModelBean}, the variables its process's
 * class declares, a multi-instance element variable of the model, or the engine's {@code execution} and
 * {@code task}; a delegate expression names a bean.
 */
@EndorseTest
class ProcessContractTest {

    static final List<Class<?>> PROCESS_CLASSES = List.of(NominationProcess.class, LaboratoryProcess.class,
            TermsProcess.class, ProposalCheckProcess.class, ProposalEndorsementProcess.class, MeetingProcess.class,
            ActionItemProcess.class, AccreditationWatchProcess.class, NotificationDeliveryProcess.class,
            ViceChairHandoverProcess.class, CallForNominationsProcess.class, OutboxArchivingProcess.class,
            DocumentCheckProcess.class);

    static final Path MODELS = Path.of("processes");
    static final Set<String> ENGINE_VARIABLES = Set.of("execution", "task");

    static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
    /** An identifier that no dot precedes: a bean or variable rather than a property or method. */
    static final Pattern ROOT_IDENTIFIER = Pattern.compile("(?<![\\w.])[A-Za-z_]\\w*");
    static final Set<String> EL_KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "true",
            "false", "null", "empty", "div", "mod", "instanceof");
    /** FEEL's own words and functions in input expressions (`starts with(...)`, `duration(...)`). */
    static final Set<String> FEEL_WORDS = Set.of("and", "or", "not", "true", "false", "null", "starts", "with",
            "ends", "contains", "duration", "date", "time", "string", "number", "between", "in");

    @Autowired
    ApplicationContext context;

    Set<String> modelBeans;

    @BeforeEach
    void readModelBeans() {
        modelBeans = Set.of(context.getBeanNamesForAnnotation(ProcessModelBean.class));
    }

    @Test
    void everyModelIsNamedByAProcessClass() throws Exception {
        Set<String> named = new HashSet<>();
        for (Class<?> processClass : PROCESS_CLASSES) {
            named.add(constant(processClass, "KEY") + ".bpmn");
            for (Field field : constants(processClass, String.class)) {
                if (field.getName().startsWith("DECISION_")) {
                    named.add(field.get(null) + ".dmn");
                }
            }
        }
        try (Stream<Path> files = Files.list(MODELS)) {
            assertThat(files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn")))
                    .containsExactlyInAnyOrderElementsOf(named);
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("PROCESS_CLASSES")
    void everyIdMessageAndDecisionOfAProcessClassIsInItsModels(Class<?> processClass) throws Exception {
        Path file = modelOf(processClass);
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Set<String> messages = model.getModelElementsByType(Message.class).stream().map(Message::getName)
                .collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (Field field : constants(processClass, String.class)) {
            String name = field.getName();
            String value = (String) field.get(null);
            if (name.equals("KEY")) {
                if (!(model.getModelElementById(value) instanceof Process)) {
                    problems.add(name + ": no process " + value + " in " + file);
                }
            } else if (name.startsWith("MESSAGE_")) {
                if (!messages.contains(value)) {
                    problems.add(name + ": no message named " + value + " in " + file);
                }
            } else if (name.startsWith("DECISION_")) {
                Path table = MODELS.resolve(value + ".dmn");
                if (!Files.exists(table) || !(Dmn.readModelFromFile(table.toFile())
                        .getModelElementById(value) instanceof Decision)) {
                    problems.add(name + ": no decision " + value + " in " + table);
                }
            } else if (name.startsWith("INPUT_")) {
                if (!decisionInputsOf(processClass).contains(value)) {
                    problems.add(name + ": no input expression of the class's decision table reads " + value);
                }
            } else if (name.startsWith("OUTPUT_")) {
                if (!decisionOutputsOf(processClass).contains(value)) {
                    problems.add(name + ": no output of the class's decision table is named " + value);
                }
            } else if (!(model.getModelElementById(value) instanceof FlowElement)) {
                problems.add(name + ": no element " + value + " in " + file);
            }
        }
        assertThat(problems).as(processClass.getSimpleName()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("PROCESS_CLASSES")
    void everyExpressionOfAProcessModelNamesAModelBeanOrAVariableOfTheProcess(Class<?> processClass)
            throws Exception {
        Set<String> variables = new HashSet<>(ENGINE_VARIABLES);
        for (Field field : constants(processClass, ProcessVariable.class)) {
            variables.add(((ProcessVariable<?>) field.get(null)).name());
        }
        Element model = document(modelOf(processClass));
        variables.addAll(attributeValues(model, "elementVariable"));

        assertThat(unresolvedNames(model, variables)).as(modelOf(processClass).toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.endorse.system.ProcessModelTest#decisionFiles")
    void everyExpressionOfADecisionTableNamesAModelBean(Path table) throws Exception {
        assertThat(unresolvedNames(document(table), Set.of())).as(table.toString()).isEmpty();
    }

    /** Whatever a decision table's input expressions read is given by the Java of its process class (INPUT_*). */
    @ParameterizedTest(name = "{0}")
    @FieldSource("PROCESS_CLASSES")
    void everyInputOfADecisionTableIsGivenByItsProcessClass(Class<?> processClass) throws Exception {
        Set<String> given = new HashSet<>();
        for (Field field : constants(processClass, String.class)) {
            if (field.getName().startsWith("INPUT_")) {
                given.add((String) field.get(null));
            }
        }
        assertThat(decisionInputsOf(processClass)).as(processClass.getSimpleName() + " gives its tables' inputs")
                .isSubsetOf(given);
    }

    /** The names that the input expressions of the class's decision tables (DECISION_*) read. */
    private static Set<String> decisionInputsOf(Class<?> processClass) throws Exception {
        Set<String> names = new HashSet<>();
        for (DmnModelInstance table : decisionTablesOf(processClass)) {
            for (InputExpression input : table.getModelElementsByType(InputExpression.class)) {
                Matcher identifier = ROOT_IDENTIFIER.matcher(
                        STRING_LITERAL.matcher(input.getText().getTextContent()).replaceAll("''"));
                while (identifier.find()) {
                    if (!FEEL_WORDS.contains(identifier.group())) {
                        names.add(identifier.group());
                    }
                }
            }
        }
        return names;
    }

    private static Set<String> decisionOutputsOf(Class<?> processClass) throws Exception {
        Set<String> names = new HashSet<>();
        for (DmnModelInstance table : decisionTablesOf(processClass)) {
            table.getModelElementsByType(Output.class).forEach(output -> names.add(output.getName()));
        }
        return names;
    }

    private static List<DmnModelInstance> decisionTablesOf(Class<?> processClass) throws Exception {
        List<DmnModelInstance> tables = new ArrayList<>();
        for (Field field : constants(processClass, String.class)) {
            if (field.getName().startsWith("DECISION_")) {
                tables.add(Dmn.readModelFromFile(MODELS.resolve(field.get(null) + ".dmn").toFile()));
            }
        }
        return tables;
    }

    /** What the element's expressions and its descendants' name that is neither a model bean nor a variable. */
    private List<String> unresolvedNames(Element element, Set<String> variables) {
        List<String> problems = new ArrayList<>();
        if (element.getLocalName().equals("documentation") || element.getLocalName().equals("description")) {
            return problems;
        }
        for (int index = 0; index < element.getAttributes().getLength(); index++) {
            Attr attribute = (Attr) element.getAttributes().item(index);
            Set<String> allowed = attribute.getLocalName().equals("delegateExpression") ? Set.of() : variables;
            problems.addAll(unresolved(attribute.getValue(), allowed, where(element) + " " + attribute.getName()));
        }
        NodeList children = element.getChildNodes();
        for (int index = 0; index < children.getLength(); index++) {
            Node child = children.item(index);
            if (child instanceof Element childElement) {
                problems.addAll(unresolvedNames(childElement, variables));
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                problems.addAll(unresolved(child.getNodeValue(), variables, where(element)));
            }
        }
        return problems;
    }

    private List<String> unresolved(String text, Set<String> variables, String where) {
        return rootIdentifiers(text).stream().filter(name -> !modelBeans.contains(name) && !variables.contains(name))
                .map(name -> where + ": " + name + (variables.isEmpty() ? " is no bean marked @ProcessModelBean"
                        : " is neither a bean marked @ProcessModelBean nor a variable of the process"))
                .toList();
    }

    /** The element, and the nearest element with an id that holds it. */
    static String where(Element element) {
        Node holder = element;
        while (holder instanceof Element each && each.getAttribute("id").isEmpty()) {
            holder = each.getParentNode();
        }
        String id = holder instanceof Element each ? each.getAttribute("id") : "";
        return id + " " + element.getLocalName();
    }

    static List<String> rootIdentifiers(String text) {
        List<String> names = new ArrayList<>();
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            Matcher identifier = ROOT_IDENTIFIER.matcher(STRING_LITERAL.matcher(expression.group(1)).replaceAll("''"));
            while (identifier.find()) {
                if (!EL_KEYWORDS.contains(identifier.group())) {
                    names.add(identifier.group());
                }
            }
        }
        return names;
    }

    static Path modelOf(Class<?> processClass) throws ReflectiveOperationException {
        return MODELS.resolve(constant(processClass, "KEY") + ".bpmn");
    }

    static String constant(Class<?> processClass, String name) throws ReflectiveOperationException {
        return (String) processClass.getField(name).get(null);
    }

    /** The public constants of the class and of what it implements, of the given type. */
    static List<Field> constants(Class<?> processClass, Class<?> type) {
        return Stream.of(processClass.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == type).toList();
    }

    static Element document(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    static Set<String> attributeValues(Element element, String localName) {
        Set<String> values = new HashSet<>();
        NodeList all = element.getElementsByTagNameNS("*", "*");
        for (int index = 0; index < all.getLength(); index++) {
            Element each = (Element) all.item(index);
            for (int attribute = 0; attribute < each.getAttributes().getLength(); attribute++) {
                Attr candidate = (Attr) each.getAttributes().item(attribute);
                if (localName.equals(candidate.getLocalName())) {
                    values.add(candidate.getValue());
                }
            }
        }
        return values;
    }
}
