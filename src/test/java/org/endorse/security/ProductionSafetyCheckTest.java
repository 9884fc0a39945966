package org.endorse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.endorse.EndorseApplication;
import org.endorse.RealPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The prod profile refuses demo users and the embedded H2 database, and says what to change. */
class ProductionSafetyCheckTest {

    @Test
    void prodProfileRefusesTheEmbeddedH2Database() {
        assertThatThrownBy(() -> start("prod"))
                .rootCause().hasMessageContaining("will not start with the prod profile")
                .hasMessageContaining("the database is H2").hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void prodProfileRefusesDemoUsersWithoutShowingTheirPasswords() {
        assertThatThrownBy(() -> start("prod", "demo"))
                .rootCause().hasMessageContaining("demo users are configured")
                .hasMessageContaining("secretariat").hasMessageNotContaining("password: demo");
    }

    /**
     * A database where the demo setup once ran still holds its users with their public password: the prod
     * profile names them and stops before Flyway or Camunda migrate anything.
     */
    @Test
    void prodProfileRefusesUsersLeftWithADemoPasswordBeforeMigratingAnything() throws Exception {
        try (EmbeddedPostgres postgres = RealPostgres.start()) {
            JdbcTemplate database = new JdbcTemplate(postgres.getPostgresDatabase());
            database.execute("create table ACT_ID_USER (ID_ varchar(64), PWD_ varchar(255), SALT_ varchar(255))");
            PasswordManager passwords = new PasswordManager(new Sha512HashDigest(), List.of());
            for (String[] user : List.of(new String[] {"secretariat", "demo"},
                    new String[] {"real-official", "A far longer secret, 2027!"})) {
                String salt = "salt-of-" + user[0];
                database.update("insert into ACT_ID_USER values (?, ?, ?)", user[0],
                        passwords.encrypt(EncryptionUtil.saltPassword(user[1], salt)), salt);
            }

            assertThatThrownBy(() -> new SpringApplicationBuilder(EndorseApplication.class).profiles("prod", "postgres")
                    .run(Stream.concat(Stream.of(RealPostgres.connection(postgres)), Stream.of("--server.port=0",
                            "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.webapp.enabled=false",
                            "--camunda.bpm.generate-unique-process-engine-name=true")).toArray(String[]::new))
                    .close())
                    .rootCause().hasMessageContaining("users [secretariat] still have a public demo password")
                    .hasMessageContaining("Nothing in the database has been changed");
            assertThat(database.queryForObject("select count(*) from information_schema.tables"
                    + " where lower(table_name) in ('flyway_schema_history', 'act_ge_property', 'proposal')",
                    Integer.class)).as("no table migrated").isZero();
        }
    }

    @Test
    void prodProfileRefusesToStoreDocumentsUnscannedUnlessScanningIsTurnedOffInSoManyWords() {
        assertThatThrownBy(() -> start("prod"))
                .rootCause().hasMessageContaining("no malware scanner is configured for documents")
                .hasMessageContaining("CLAMD_HOST").hasMessageContaining("endorse.documents.scanner.disabled");
        assertThatThrownBy(() -> start(List.of("--endorse.documents.scanner.disabled=true"), "prod"))
                .rootCause().hasMessageContaining("the database is H2").hasMessageNotContaining("malware scanner");
        assertThatThrownBy(() -> start(List.of("--endorse.documents.scanner.host=clamd.internal"), "prod"))
                .rootCause().hasMessageNotContaining("malware scanner");
    }

    @Test
    void everyPasswordOfTheDemoSetupIsOneTheProdProfileLooksFor() {
        YamlPropertiesFactoryBean demoSetup = new YamlPropertiesFactoryBean();
        demoSetup.setResources(new FileSystemResource("config/application-demo.yml"));
        Properties demo = demoSetup.getObject();
        List<String> passwords = demo.stringPropertyNames().stream().filter(name -> name.endsWith(".password"))
                .map(demo::getProperty).toList();
        assertThat(passwords).isNotEmpty();
        assertThat(ProductionSafetyCheck.PUBLIC_DEMO_PASSWORDS).containsAll(passwords);
    }

    @Test
    void malformedSenderAddressIsRefusedAtStartNamingTheSetting() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(EndorseApplication.class).profiles("demo")
                .run("--spring.datasource.url=jdbc:h2:mem:mail-check", "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.generate-unique-process-engine-name=true",
                        "--camunda.bpm.webapp.enabled=false", "--endorse.mail.from=no-reply at endorse")
                .close())
                .hasStackTraceContaining("endorse.mail.from").hasStackTraceContaining("no-reply at endorse");
    }

    private static void start(String... profiles) {
        start(List.of(), profiles);
    }

    private static void start(List<String> arguments, String... profiles) {
        new SpringApplicationBuilder(EndorseApplication.class).profiles(profiles)
                .run(Stream.concat(Stream.of("--spring.datasource.url=jdbc:h2:mem:prod-check-"
                        + String.join("-", profiles), "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                        // The Camunda webapps keep static state that must stay with the other tests' context.
                        "--camunda.bpm.generate-unique-process-engine-name=true", "--camunda.bpm.webapp.enabled=false"),
                        arguments.stream()).toArray(String[]::new))
                .close();
    }
}
