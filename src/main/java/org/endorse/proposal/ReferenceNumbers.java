package org.endorse.proposal;

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

    ReferenceNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(ProposalKind kind, int year) {
        String prefix = kind.referencePrefix();
        int updated = jdbc.update(
                "update proposal_reference_counter set last_number = last_number + 1 where prefix = ? and ref_year = ?",
                prefix, year);
        if (updated == 0) {
            jdbc.update("insert into proposal_reference_counter (prefix, ref_year, last_number) values (?, ?, 1)",
                    prefix, year);
        }
        Integer number = jdbc.queryForObject(
                "select last_number from proposal_reference_counter where prefix = ? and ref_year = ?", Integer.class,
                prefix, year);
        return "%s-%d-%04d".formatted(prefix, year, number);
    }
}
