package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A unique key broken by two requests at once is a 409 the user resolves by reloading; any other refusal of the
 * database (a value too long for its column) is a fault of Endorse, never reported as such a conflict.
 */
class DatabaseRefusalsTest {

    private final ProblemHandling problems = new ProblemHandling(messages());

    @Test
    void aUniqueKeyBrokenAtTheSameMomentIsAConflict() {
        ResponseEntity<Object> answer = problems.simultaneous(refusal("23505", "Unique index or primary key violation"));
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(((ProblemDetail) answer.getBody()).getDetail()).contains("another request at the same moment");
    }

    @Test
    void aValueTooLongForItsColumnIsNoConflict() {
        ResponseEntity<Object> answer = problems.simultaneous(refusal("22001", "Value too long for column"));
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(((ProblemDetail) answer.getBody()).getDetail()).doesNotContain("same moment");
        assertThat(((ProblemDetail) answer.getBody()).getProperties()).containsKey("incident");
    }

    /** As Hibernate reports it to Spring: the JDBC driver's exception, with its SQLSTATE, inside. */
    private static DataIntegrityViolationException refusal(String sqlState, String message) {
        SQLException driver = new SQLException(message, sqlState);
        return new DataIntegrityViolationException("could not execute statement",
                new ConstraintViolationException("could not execute statement", driver, "insert into ...", null));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(Texts.BASENAMES);
        messages.setDefaultEncoding("UTF-8");
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }
}
