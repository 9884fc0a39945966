package org.endorse.proposal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out readable references, NOM-2026-0001, one counter per kind and year. The counter row is locked by
 * its update, so two proposals created at once, even on two nodes, never share a number.
 */
@Component
class ReferenceNumbers {

    private final JdbcTemplate jdbc;
    private volatile Boolean onPostgres;

    ReferenceNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(ProposalKind kind, int year) {
        String prefix = kind.referencePrefix();
        if (increment(prefix, year) == 0) {
            startCounter(prefix, year);
            increment(prefix, year);
        }
        Integer number = jdbc.queryForObject(
                "select last_number from proposal_reference_counter where prefix = ? and ref_year = ?", Integer.class,
                prefix, year);
        return "%s-%d-%04d".formatted(prefix, year, number);
    }

    private int increment(String prefix, int year) {
        return jdbc.update(
                "update proposal_reference_counter set last_number = last_number + 1 where prefix = ? and ref_year = ?",
                prefix, year);
    }

    /**
     * Inserts the year's counter at 0, in the proposal's own transaction and connection (a transaction of its own
     * would need a second connection while the first is held: twenty first drafts at once once took the whole
     * pool). When several proposals are the year's first at the same moment, one insert wins and the others go on
     * to lock and increment the winner's row; the insert that loses must not abort the proposal's transaction,
     * which PostgreSQL does to a statement that fails, so there it does nothing instead.
     */
    private void startCounter(String prefix, int year) {
        if (onPostgres()) {
            jdbc.update("insert into proposal_reference_counter (prefix, ref_year, last_number) values (?, ?, 0)"
                    + " on conflict do nothing", prefix, year);
            return;
        }
        try {
            jdbc.update("""
                    merge into proposal_reference_counter c using (values (?, ?)) v (prefix, ref_year)
                    on c.prefix = v.prefix and c.ref_year = v.ref_year
                    when not matched then insert (prefix, ref_year, last_number) values (v.prefix, v.ref_year, 0)""",
                    prefix, year);
        } catch (DuplicateKeyException startedAtTheSameMoment) {
            // H2 refuses only the statement: the other proposal's counter is the one to count on
        }
    }

    private boolean onPostgres() {
        if (onPostgres == null) {
            onPostgres = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>) connection ->
                    connection.getMetaData().getDatabaseProductName()));
        }
        return onPostgres;
    }
}
