package org.endorse.terms;

import java.time.Duration;
import java.util.List;

import org.endorse.member.Member;
import org.endorse.member.MemberDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.endorse.system.ProcessModelBean;

/** Settings of the ToR lifecycle, read by its BPMN as {@code ${termsSettings...}}. */
@ProcessModelBean
@Component("termsSettings")
public class TermsSettings {

    private final Duration returnLapsePeriod;
    private final Duration circulationPeriod;
    private final Duration reminderBeforeDeadline;
    private final MemberDirectory members;

    TermsSettings(@Value("${endorse.terms.return-lapse-period:P30D}") Duration returnLapsePeriod,
            @Value("${endorse.terms.circulation-period:P30D}") Duration circulationPeriod,
            @Value("${endorse.terms.reminder-before-deadline:P5D}") Duration reminderBeforeDeadline,
            MemberDirectory members) {
        if (reminderBeforeDeadline.isNegative() || reminderBeforeDeadline.isZero() || reminderBeforeDeadline.compareTo(circulationPeriod) >= 0) {
            throw new IllegalStateException("endorse.terms.reminder-before-deadline (" + reminderBeforeDeadline
                    + ") must be positive and shorter than endorse.terms.circulation-period (" + circulationPeriod + ")");
        }
        this.returnLapsePeriod = returnLapsePeriod;
        this.circulationPeriod = circulationPeriod;
        this.reminderBeforeDeadline = reminderBeforeDeadline;
        this.members = members;
    }

    /** When, after the circulation, the contact points that have not answered are reminded. */
    public String reminderAfter() {
        return circulationPeriod.minus(reminderBeforeDeadline).toString();
    }

    /** How long a drafter has to amend a ToR returned by the secretariat before it lapses. */
    public String returnLapsePeriod() {
        return returnLapsePeriod.toString();
    }

    /** How long contact points have to answer a circulated ToR; silence after that is no objection. */
    public String circulationPeriod() {
        return circulationPeriod.toString();
    }

    /** The member administrations a ToR is circulated to: all those of the region today, one answer task each. */
    public List<String> circulatedMembers() {
        return members.current().stream().map(Member::getCode).toList();
    }

    Duration circulationDuration() {
        return circulationPeriod;
    }

    long returnLapseDays() {
        return returnLapsePeriod.toDays();
    }
}
