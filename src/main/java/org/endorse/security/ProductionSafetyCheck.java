package org.endorse.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * With the prod profile, Endorse refuses to start on demo settings: demo users configured, users in the
 * identity store whose password is still a public demo password (the demo setup may have run on this database
 * once), or the embedded H2 database, which is not made for production or for several nodes. It checks as soon
 * as the database is at hand, before Flyway or Camunda migrate anything in it.
 */
@Component
@Profile("prod")
class ProductionSafetyCheck implements BeanPostProcessor {

    /** The passwords config/application-demo.yml gives its users: public, since they are in the repository. */
    static final List<String> PUBLIC_DEMO_PASSWORDS = List.of("demo");

    private final Environment environment;
    private boolean checked;

    ProductionSafetyCheck(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !checked) {
            checked = true;
            check(dataSource);
        }
        return bean;
    }

    private void check(DataSource dataSource) {
        List<String> problems = new ArrayList<>();
        List<DemoUsersProperties.DemoUser> demoUsers = Binder.get(environment)
                .bind("endorse.demo", DemoUsersProperties.class).map(DemoUsersProperties::users).orElse(List.of());
        if (!demoUsers.isEmpty()) {
            problems.add("demo users are configured (" + demoUsers.stream().map(DemoUsersProperties.DemoUser::id)
                    .toList() + "), whose passwords are public: do not activate the demo profile in production,"
                    + " remove endorse.demo.users, and create real users in Camunda Admin");
        }
        String datasourceUrl = environment.getProperty("spring.datasource.url", "");
        if (datasourceUrl.startsWith("jdbc:h2:")) {
            problems.add("the database is H2 (" + datasourceUrl + "): set SPRING_DATASOURCE_URL, _USERNAME and"
                    + " _PASSWORD to a PostgreSQL database");
        }
        String scannerHost = environment.getProperty("endorse.documents.scanner.host", "");
        if (scannerHost.isBlank() && !environment.getProperty("endorse.documents.scanner.disabled", Boolean.class,
                false)) {
            problems.add("no malware scanner is configured for documents: run ClamAV's daemon (clamd) and set"
                    + " CLAMD_HOST (and CLAMD_PORT), or, to store files unscanned, say so with"
                    + " endorse.documents.scanner.disabled: true");
        }
        List<String> withDemoPassword = usersWithDemoPassword(dataSource);
        if (!withDemoPassword.isEmpty()) {
            problems.add("users " + withDemoPassword + " still have a public demo password: set a new password for"
                    + " each in Camunda Admin (or delete them) under a profile other than prod, then start again");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Endorse will not start with the prod profile: "
                    + String.join("; ", problems) + ". Nothing in the database has been changed.");
        }
    }

    /** Users of Camunda's identity store whose password is a demo one; none before Camunda's first start. */
    private static List<String> usersWithDemoPassword(DataSource dataSource) {
        List<Map<String, Object>> users;
        try {
            users = new JdbcTemplate(dataSource).queryForList("select ID_, PWD_, SALT_ from ACT_ID_USER");
        } catch (DataAccessException noIdentityStoreYet) {
            return List.of();
        }
        PasswordManager passwords = new PasswordManager(new Sha512HashDigest(), List.of());
        return users.stream().filter(user -> user.get("PWD_") != null)
                .filter(user -> PUBLIC_DEMO_PASSWORDS.stream().anyMatch(demo -> passwords.check(
                        EncryptionUtil.saltPassword(demo, (String) user.get("SALT_")), (String) user.get("PWD_"))))
                .map(user -> (String) user.get("ID_")).sorted().toList();
    }
}
