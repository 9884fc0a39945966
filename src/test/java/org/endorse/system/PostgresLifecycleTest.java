package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.endorse.NodeArguments;
import org.endorse.ApiSteps;
import org.endorse.EndorseApplication;
import org.endorse.HttpApi;
import org.endorse.RealPostgres;
import org.endorse.member.MembersProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Endorse on a real PostgreSQL 17 (embedded binaries from Maven Central) with the postgres profile: the same
 * Flyway migrations and Camunda's own schema, and a nomination from draft to endorsement over HTTP.
 * PostgreSQL refuses to run as root: run the tests as an ordinary user, as .ci/run does.
 */
class PostgresLifecycleTest {

    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext endorse;

    @BeforeAll
    static void start() throws Exception {
        postgres = RealPostgres.start();
        endorse = new SpringApplicationBuilder(EndorseApplication.class).profiles("demo", "postgres")
                .run(NodeArguments.with(Stream.concat(Stream.of(RealPostgres.connection(postgres)), Stream.of(
                        "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                        "--camunda.bpm.generate-unique-process-engine-name=true", "--camunda.bpm.webapp.enabled=false"))
                        .toArray(String[]::new)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (endorse != null) {
            endorse.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void runsOnPostgresWithTheSameMigrationsAndCamundasSchema() {
        JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success and version is not null"
                + " order by installed_rank", String.class)).containsExactlyElementsOf(migrationVersions());
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success"
                + " and script = 'R__login_throttle.sql'", Integer.class)).as("the sign-in counts' table").isOne();
        assertThat(jdbc.queryForObject("select count(*) from act_re_procdef where key_ = 'regional-nomination'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from member_administration", Integer.class))
                .isEqualTo(endorse.getBean(MembersProperties.class).members().size());
        assertThat(jdbc.queryForObject("select joined_on from member_administration where code = 'PLW'",
                java.sql.Date.class)).hasToString("2024-02-02");
    }

    @Test
    void nominationGoesFromDraftToEndorsementOnPostgres() {
        int port = Integer.parseInt(endorse.getEnvironment().getProperty("local.server.port"));
        HttpApi member = HttpApi.as(port, "member");
        HttpApi secretariat = HttpApi.as(port, "secretariat");
        HttpApi.Response drafted = member.post("/api/nominations", Map.of("title", "Japan for the Audit Committee",
                "submittingMember", "JPN", "seat", Map.of("code", "ROCB-AP-HOST"),
                "term", Map.of("from", "2027-07-01", "to", "2029-06-30"), "nominatedMember", "JPN",
                "supportingStatement", "Japan offers ten years of audit experience."));
        assertThat(drafted.code()).as(drafted.body()).isEqualTo(201);
        String reference = drafted.json().get("reference").asText();
        assertThat(member.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(200);
        ApiSteps.completeTask(secretariat, reference, Map.of("decision", "COMPLETE"));

        String meeting = ApiSteps.conveneJointSession(secretariat, 27, LocalDate.of(2027, 4, 6), "JPN", "Asia/Tokyo");
        assertThat(secretariat.put(meeting + "/agenda", Map.of("references", List.of(reference))).code()).isEqualTo(200);
        assertThat(secretariat.post(meeting + "/circulate").code()).isEqualTo(200);
        assertThat(secretariat.post(meeting + "/open").code()).isEqualTo(200);
        HttpApi chair = HttpApi.as(port, "chair");
        assertThat(chair.post(meeting + "/decisions", Map.of("decisions", List.of(
                Map.of("reference", reference, "decision", "RECOMMENDED"),
                Map.of("reference", reference, "decision", "ENDORSED")))).code()).isEqualTo(200);
        assertThat(chair.post(meeting + "/close").code()).isEqualTo(200);

        JsonNode endorsed = member.get("/api/proposals/" + reference).json();
        assertThat(endorsed.get("status").asText()).isEqualTo("ENDORSED");
        assertThat(endorsed.get("timeline").findValuesAsText("type")).containsExactly("DRAFTED", "SUBMITTED", "CHECKED",
                "REVIEWED", "ENDORSED");
        assertThat(member.getAs(meeting + "/record", "text/html").body()).contains("The Joint Session recommended");
        assertThat(member.getAs(meeting + "/record.pdf", "application/pdf").code()).isEqualTo(200);
    }

    /** Forty at once on a year without a counter: none answered 500, none waiting for a second connection. */
    @Test
    void firstNominationsOfAYearDraftedAtOnceAreAllSavedOnPostgres() throws Exception {
        int port = Integer.parseInt(endorse.getEnvironment().getProperty("local.server.port"));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2096-03-01T09:00:00Z")));
        try {
            ApiSteps.firstNominationsOfTheYearAtOnce(HttpApi.as(port, "member"), 2096, 40);
        } finally {
            ClockUtil.reset();
        }
    }

    /** The versions of the migrations in src/main/resources/db/migration, in order: V8__x.sql is "8". */
    private static List<String> migrationVersions() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__"))).sorted(Comparator.comparingInt(Integer::parseInt))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
