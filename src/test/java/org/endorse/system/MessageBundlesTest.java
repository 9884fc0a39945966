package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.endorse.meeting.AgendaItemState;
import org.endorse.meeting.MeetingMode;
import org.endorse.meeting.MeetingStatus;
import org.endorse.meeting.MeetingType;
import org.endorse.register.SeatType;
import org.endorse.notification.NotificationStatus;
import org.endorse.proposal.MeetingDecision;
import org.endorse.proposal.ProposalEventType;
import org.endorse.proposal.ProposalKind;
import org.endorse.proposal.ProposalProgress;
import org.endorse.proposal.ProposalStage;
import org.endorse.proposal.ProposalStatus;
import org.endorse.register.AccreditationState;
import org.endorse.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text of Endorse is in English and in French, and reads as a MessageFormat pattern in both: the same
 * keys, the same arguments, and no straight apostrophe that MessageFormat would swallow.
 */
class MessageBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern ERROR_CODE = Pattern.compile("\"(error\\.[A-Za-z0-9_.]+)\"");

    static Stream<String> bundles() {
        return Arrays.stream(Texts.BASENAMES);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyKeyIsInEnglishAndInFrench(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties french = load(bundle + "_fr.properties");
        assertThat(english).as(bundle).isNotEmpty();
        assertThat(french.stringPropertyNames()).as("keys of %s_fr missing in %s", bundle, bundle)
                .isSubsetOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).as("keys of %s missing in %s_fr", bundle, bundle)
                .isSubsetOf(french.stringPropertyNames());
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyApostropheIsDoubledAndEveryTextIsAPattern(String bundle) throws IOException {
        for (String file : List.of(bundle + ".properties", bundle + "_fr.properties")) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertThat(text.replace("''", "")).as("%s in %s: write an apostrophe as '' (or ’)", key, file)
                        .doesNotContain("'");
                assertThatCode(() -> new MessageFormat(text, Locale.ENGLISH)).as("%s in %s", key, file)
                        .doesNotThrowAnyException();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void englishAndFrenchTakeTheSameArguments(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties french = load(bundle + "_fr.properties");
        for (String key : english.stringPropertyNames()) {
            if (french.containsKey(key)) {
                assertThat(arguments(french.getProperty(key))).as("arguments of %s", key)
                        .isEqualTo(arguments(english.getProperty(key)));
            }
        }
    }

    @Test
    void everyErrorTheCodeNamesIsInTheBundle() throws IOException {
        Set<String> keys = load("errors.properties").stringPropertyNames();
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher code = ERROR_CODE.matcher(Files.readString(source));
                while (code.find()) {
                    named.add(code.group(1));
                }
            }
        }
        // A code ending in a dot is completed with an enum constant's name.
        named.removeIf(code -> code.endsWith("."));
        Arrays.stream(MeetingStatus.values()).forEach(status -> named.add("error.meeting.status." + status.name()));
        Arrays.stream(AgendaItemState.values()).forEach(state -> named.add("error.meeting.item." + state.name()));
        Arrays.stream(NotificationStatus.values())
                .forEach(status -> named.add("error.notification.status." + status.name()));
        assertThat(named).as("codes found in src/main/java").hasSizeGreaterThan(50);
        assertThat(keys).containsAll(named);
    }

    /** Labels that pages and mails name by an enum constant or a BPMN element, such as status.DRAFT. */
    @Test
    void everyLabelNamedByAConstantOrATaskIsInTheBundle() throws IOException {
        Set<String> named = new TreeSet<>();
        named(named, "status.", ProposalStatus.values(), "", ".description");
        named(named, "event.", ProposalEventType.values(), "");
        named(named, "kind.", ProposalKind.values(), "", ".short");
        for (ProposalStage stage : ProposalStage.values()) {
            named(named, "", MeetingDecision.of(stage).stream().map(decision -> decision.textKey(stage)).toList(),
                    "", ".verb", ".option");
        }
        named(named, "stage.", ProposalStage.values(), "");
        named(named, "meeting.type.", MeetingType.values(), "");
        named(named, "meeting.body.", MeetingType.values(), "");
        named(named, "meeting.mode.", MeetingMode.values(), "");
        named(named, "meeting.status.", MeetingStatus.values(), "");
        named(named, "agenda.state.", AgendaItemState.values(), "");
        named(named, "seat.", SeatType.values(), "");
        named(named, "role.", Role.values(), "");
        named(named, "notification.status.", NotificationStatus.values(), "");
        named(named, "register.accreditation.", AccreditationState.values(), "");
        named(named, "progress.", ProposalProgress.Milestone.values(), "");
        named(named, "progress.state.", ProposalProgress.State.values(), "");
        Matcher userTask = Pattern.compile("<bpmn:userTask id=\"([a-z_]+)\"").matcher("");
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            for (Path model : models.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
                userTask.reset(Files.readString(model));
                while (userTask.find()) {
                    named.add("task." + userTask.group(1));
                }
            }
        }
        assertThat(named).as("labels named").hasSizeGreaterThan(100);
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(named);
    }

    private static void named(Set<String> named, String prefix, Enum<?>[] constants, String... suffixes) {
        named(named, prefix, Arrays.stream(constants).map(Enum::name).toList(), suffixes);
    }

    private static void named(Set<String> named, String prefix, List<String> names, String... suffixes) {
        for (String name : names) {
            for (String suffix : suffixes) {
                named.add(prefix + name + suffix);
            }
        }
    }

    private static Set<String> arguments(String text) {
        Set<String> indexes = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(text);
        while (argument.find()) {
            indexes.add(argument.group(1));
        }
        return indexes;
    }

    private static Properties load(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + file)) {
            assertThat(in).as(file).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
