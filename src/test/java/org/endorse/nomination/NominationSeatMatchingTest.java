package org.endorse.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import org.endorse.EndorseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nominations typed before seats were configured: at start, one whose kind and name match a configured seat takes
 * its code, whatever the case of its name; one matching none keeps its typed seat and still reads as before.
 */
@EndorseTest
class NominationSeatMatchingTest {

    @Autowired
    NominationFixtures nominations;
    @Autowired
    NominationSeatMatching matching;
    @Autowired
    NominationDetails details;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void typedSeatsMatchingAConfiguredOneTakeItsCodeAndTheOthersStayAsTyped() throws Exception {
        String policyCommission = nominations.submitted("IDN", "typed as the Policy Commission");
        String auditCommittee = nominations.submitted("JPN", "typed as the Audit Committee");
        typedAs(policyCommission, "COMMITTEE_REPRESENTATIVE", "policy commission");
        typedAs(auditCommittee, "COMMITTEE_REPRESENTATIVE", "Audit Committee");

        matching.run(null);

        assertThat(details.of(policyCommission).seatCode()).isEqualTo("POLICY-COMMISSION");
        assertThat(details.of(policyCommission).places()).isEqualTo(5);
        NominationDetails.View kept = details.of(auditCommittee);
        assertThat(kept.seatCode()).isNull();
        assertThat(kept.seatName()).isEqualTo("Audit Committee");
        assertThat(kept.places()).as("no configured seat, so no places").isNull();
    }

    private void typedAs(String reference, String type, String name) {
        jdbc.update("update nomination set seat_code = null, seat_type = ?, seat_name = ? where proposal_id ="
                + " (select id from proposal where reference = ?)", type, name, reference);
    }
}
