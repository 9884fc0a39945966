package org.endorse.system;

import java.sql.SQLException;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/** Tells a unique key broken by two requests at once from the database's other refusals. */
final class UniqueKeys {

    /** SQLSTATE of a unique violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueKeys() {
    }

    static boolean broken(DataIntegrityViolationException refusal) {
        return refusal instanceof DuplicateKeyException
                || NestedExceptionUtils.getMostSpecificCause(refusal) instanceof SQLException sql
                && UNIQUE_VIOLATION.equals(sql.getSQLState());
    }
}
