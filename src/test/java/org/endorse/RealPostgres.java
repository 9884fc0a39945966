package org.endorse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL for the tests, from the binaries Maven downloads, and how a node connects to it. */
public final class RealPostgres {

    private RealPostgres() {
    }

    public static EmbeddedPostgres start() throws IOException {
        assertThat(System.getProperty("user.name")).as("PostgreSQL will not run as root: run the tests as an"
                + " ordinary user (.ci/run does so by itself)").isNotEqualTo("root");
        return EmbeddedPostgres.builder().start();
    }

    /** The command-line arguments of the postgres profile for this database. */
    public static String[] connection(EmbeddedPostgres postgres) {
        return new String[] {"--DATABASE_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--DATABASE_USERNAME=postgres", "--DATABASE_PASSWORD=postgres"};
    }
}
