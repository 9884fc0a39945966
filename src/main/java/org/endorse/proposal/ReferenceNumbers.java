package org.endorse.proposal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out readable references, NOM-2026-0001, one counter per kind and year. The counter row is locked by
 * its update, so two proposals created at once, even on two nodes, never share a number.
 */
@Component
class ReferenceNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;

    ReferenceNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
     * Inserts the year's counter at 0, committed at once in a transaction of its own: when several proposals
     * are the year's first at the same moment, one insert wins and the others, refused, go on to lock and
     * increment the winner's row. (Refused in the proposal's own transaction, PostgreSQL would abort it.)
     */
    private void startCounter(String prefix, int year) {
        try {
            separateTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into proposal_reference_counter (prefix, ref_year, last_number) values (?, ?, 0)",
                    prefix, year));
        } catch (DuplicateKeyException startedAtTheSameMoment) {
            // the other proposal's counter is the one to count on
        }
    }
}
