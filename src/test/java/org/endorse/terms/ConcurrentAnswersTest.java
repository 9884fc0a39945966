package org.endorse.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.endorse.EndorseTest;
import org.endorse.member.Member;
import org.endorse.member.MemberDirectory;
import org.endorse.proposal.ProposalEventType;
import org.endorse.proposal.ProposalService;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Contact points of different member administrations answer the same circulated ToR at the same moment: every
 * answer is kept, in the round and in the timeline, and none is refused because another was written beside it.
 */
@EndorseTest
class ConcurrentAnswersTest {

    static final int ANSWERING = 12;

    @Autowired
    TermsFixtures fixtures;
    @Autowired
    TermsService terms;
    @Autowired
    ProposalService proposals;
    @Autowired
    MemberDirectory members;

    @Test
    void answersGivenAtTheSameMomentAreAllKept() throws Exception {
        String reference = fixtures.circulated("Regional Training Centres network " + UUID.randomUUID(),
                "1. The network meets once a year.\n");
        List<Member> answering = members.all().subList(0, ANSWERING);
        CyclicBarrier together = new CyclicBarrier(ANSWERING);
        ExecutorService contactPoints = Executors.newFixedThreadPool(ANSWERING);
        List<Future<Object>> answers = new ArrayList<>();
        for (Member member : answering) {
            EndorseUser contactPoint = new EndorseUser("cp-" + member.getCode().toLowerCase(),
                    "Contact Point " + member.getCode(), Set.of(Role.CONTACT_POINT), Set.of(member.getCode()));
            answers.add(contactPoints.submit(() -> {
                together.await(30, TimeUnit.SECONDS);
                terms.answer(contactPoint, reference, new AnswerRequest(null, Answer.NO_OBJECTION, null));
                return null;
            }));
        }
        for (Future<Object> answer : answers) {
            answer.get(120, TimeUnit.SECONDS);
        }
        contactPoints.shutdown();

        assertThat(proposals.byReference(reference).getTimeline())
                .filteredOn(event -> event.getType() == ProposalEventType.ANSWERED).hasSize(ANSWERING);
        assertThat(terms.rounds(org.endorse.TestUsers.SECRETARIAT, reference).get(0).counts().noObjection())
                .isEqualTo(ANSWERING);
    }
}
