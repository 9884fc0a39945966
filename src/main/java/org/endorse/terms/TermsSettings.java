package org.endorse.terms;

import java.time.Duration;
import java.util.List;

import org.endorse.member.Member;
import org.endorse.member.MemberDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Settings of the ToR lifecycle, read by its BPMN as {@code ${termsSettings...}}. */
@Component("termsSettings")
public class TermsSettings {

    private final Duration returnLapsePeriod;
    private final Duration circulationPeriod;
    private final MemberDirectory members;

    TermsSettings(@Value("${endorse.terms.return-lapse-period:P30D}") Duration returnLapsePeriod,
            @Value("${endorse.terms.circulation-period:P30D}") Duration circulationPeriod, MemberDirectory members) {
        this.returnLapsePeriod = returnLapsePeriod;
        this.circulationPeriod = circulationPeriod;
        this.members = members;
    }

    /** How long a drafter has to amend a ToR returned by the secretariat before it lapses. */
    public String returnLapsePeriod() {
        return returnLapsePeriod.toString();
    }

    /** How long contact points have to answer a circulated ToR; silence after that is no objection. */
    public String circulationPeriod() {
        return circulationPeriod.toString();
    }

    /** The member administrations a ToR is circulated to: all of them, one answer task each. */
    public List<String> circulatedMembers() {
        return members.all().stream().map(Member::getCode).toList();
    }

    Duration circulationDuration() {
        return circulationPeriod;
    }

    long returnLapseDays() {
        return returnLapsePeriod.toDays();
    }
}
