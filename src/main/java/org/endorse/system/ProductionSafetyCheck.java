package org.endorse.system;

import java.util.ArrayList;
import java.util.List;

import org.endorse.security.DemoUsersProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With the prod profile, Endorse refuses to start on demo settings: demo users with their known passwords,
 * or the embedded H2 database, which is not made for production or for several nodes.
 */
@Component
@Profile("prod")
class ProductionSafetyCheck {

    ProductionSafetyCheck(DemoUsersProperties demo, @Value("${spring.datasource.url:}") String datasourceUrl) {
        List<String> problems = new ArrayList<>();
        if (!demo.users().isEmpty()) {
            problems.add("demo users are configured (" + demo.users().stream().map(DemoUsersProperties.DemoUser::id)
                    .toList() + "), whose passwords are public: do not activate the demo profile in production,"
                    + " remove endorse.demo.users, and create real users in Camunda Admin");
        }
        if (datasourceUrl.startsWith("jdbc:h2:")) {
            problems.add("the database is H2 (" + datasourceUrl + "): set SPRING_DATASOURCE_URL, _USERNAME and"
                    + " _PASSWORD to a PostgreSQL database");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Endorse will not start with the prod profile: " + String.join("; ", problems) + ".");
        }
    }
}
