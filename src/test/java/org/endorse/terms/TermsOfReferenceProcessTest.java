package org.endorse.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.endorse.proposal.ProposalCheckProcess;
import org.endorse.proposal.ProposalEndorsementProcess;
import org.endorse.proposal.ProposalTree;
import org.endorse.EndorseTest;
import org.endorse.TestUsers;
import org.endorse.member.Member;
import org.endorse.member.MemberDirectory;
import org.endorse.proposal.MeetingDecision;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalEvent;
import org.endorse.proposal.ProposalEventType;
import org.endorse.proposal.ProposalSearch;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalStatus;
import org.endorse.proposal.ProposalTasks;
import org.endorse.register.RegisteredTermsView;
import org.endorse.register.TermsRegister;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.endorse.system.ConflictException;
import org.endorse.system.ForbiddenException;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.PageQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/terms-of-reference.bpmn on the real engine and services: the drafter submits
 * numbered versions, the secretariat checks, every member's contact points answer (or stay silent until the
 * deadline timer, fired by the test), meetings decide by message, and the adopted version enters the register.
 */
@EndorseTest
class TermsOfReferenceProcessTest {

    static final String TEXT_V1 = """
            # Terms of Reference of the %s

            1. The Group advises the Regional Heads of Customs on trade facilitation.
            2. It meets once a year.
            3. Its chair is elected for two years.
            """;

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    TermsService terms;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalTasks tasks;
    @Autowired
    MemberDirectory members;
    @Autowired
    TermsRegister register;
    @Autowired
    TermsDetails details;

    /** Each test drafts the ToR of a body of its own, so adoptions in other tests never supersede it. */
    String body;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        body = "Regional Private Sector Group " + UUID.randomUUID();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void cleanRoundGoesToTheMeetingsAndTheEndorsedVersionIsInForce() {
        ProcessInstance process = submit("IDN", TEXT_V1);
        ProposalTree.assertThat(process).isWaitingAt(ProposalCheckProcess.USER_CHECK_SUBMISSION);
        check(process, "COMPLETE", null);

        ProposalTree.assertThat(process).hasPassed(TermsProcess.SERVICE_OPEN_ROUND)
                .isWaitingAt(TermsProcess.USER_ANSWER_CIRCULATION);
        assertThat(status(process)).isEqualTo(ProposalStatus.CIRCULATED);
        List<String> groups = taskService.createTaskQuery().processInstanceBusinessKey(process.getBusinessKey()).list().stream()
                .flatMap(task -> taskService.getIdentityLinksForTask(task.getId()).stream())
                .map(IdentityLink::getGroupId).toList();
        assertThat(groups).as("one task for each member's contact points").hasSize(members.all().size())
                .contains("contactpoint-IDN", "contactpoint-TON", "contactpoint-VNM").doesNotHaveDuplicates();

        for (Member member : members.all()) {
            terms.answer(contactPointOf(member.getCode()), process.getBusinessKey(),
                    new AnswerRequest(null, Answer.NO_OBJECTION, null));
        }

        ProposalTree.assertThat(process).hasPassed(TermsProcess.SERVICE_CLOSE_ROUND)
                .isWaitingAt(ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW);
        BpmnAwareTests.assertThat(process).variables().containsEntry(TermsProcess.VAR_ROUND_OUTCOME.name(), "CLEAN");
        assertThat(management.createJobQuery().processInstanceId(process.getId()).count())
                .as("the deadline timer went with the round").isZero();
        meetingDecides(process, MeetingDecision.RECOMMENDED);
        meetingDecides(process, MeetingDecision.ENDORSED);

        ProposalTree.assertThat(process).hasPassedInOrder(TermsProcess.SERVICE_CLOSE_ROUND,
                ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW, ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION,
                TermsProcess.SERVICE_ADOPT, TermsProcess.END_ADOPTED).isEnded();
        assertThat(status(process)).isEqualTo(ProposalStatus.ENDORSED);
        RegisteredTermsView inForce = register.inForce(body).orElseThrow();
        assertThat(inForce.proposalReference()).isEqualTo(process.getBusinessKey());
        assertThat(inForce.versionNumber()).isEqualTo(1);
        assertThat(timeline(process)).filteredOn(type -> type != ProposalEventType.ANSWERED)
                .containsExactly(ProposalEventType.DRAFTED, ProposalEventType.SUBMITTED, ProposalEventType.CHECKED,
                        ProposalEventType.CIRCULATED, ProposalEventType.ROUND_CLOSED, ProposalEventType.REVIEWED,
                        ProposalEventType.ENDORSED);
        assertThat(timeline(process)).as("every member's answer").filteredOn(ProposalEventType.ANSWERED::equals)
                .hasSize(members.all().size());
    }

    @Test
    void commentsAndSilenceInAWholeRegionsCirculationLeadToARevisionAndASecondRound() {
        Instant circulatedAt = Instant.parse("2027-05-03T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(circulatedAt));
        ProcessInstance process = submit("JPN", TEXT_V1);
        check(process, "COMPLETE", null);
        List<String> codes = members.on(LocalDate.of(2027, 5, 3)).stream().map(Member::getCode).toList();
        assertThat(codes).as("the region of the day").hasSizeGreaterThan(22);
        for (String code : codes.subList(0, 20)) {
            terms.answer(contactPointOf(code), process.getBusinessKey(), new AnswerRequest(code, Answer.NO_OBJECTION, null));
        }
        terms.answer(contactPointOf(codes.get(20)), process.getBusinessKey(),
                new AnswerRequest(null, Answer.COMMENTS, "Item 2: twice a year, please"));
        terms.answer(contactPointOf(codes.get(21)), process.getBusinessKey(),
                new AnswerRequest(null, Answer.COMMENTS, "Name the secretariat's role"));
        terms.answer(contactPointOf(codes.get(22)), process.getBusinessKey(),
                new AnswerRequest(null, Answer.OBJECTION, "The chair should rotate"));

        Job deadline = management.createJobQuery().processInstanceId(process.getId())
                .activityId(TermsProcess.TIMER_CIRCULATION_DEADLINE).singleResult();
        assertThat(deadline.getDuedate().toInstant()).isEqualTo(circulatedAt.plus(Duration.ofDays(30)));
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(process.getBusinessKey())
                .taskDefinitionKey(TermsProcess.USER_ANSWER_CIRCULATION).list())
                .as("each contact point's task is due at the deadline").isNotEmpty()
                .allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(deadline.getDuedate()));
        ClockUtil.setCurrentTime(Date.from(circulatedAt.plus(Duration.ofDays(30))));
        execute(deadline);

        ProposalTree.assertThat(process).isWaitingAt(TermsProcess.USER_REVISE_TERMS);
        BpmnAwareTests.assertThat(process).variables().containsEntry(TermsProcess.VAR_ROUND_OUTCOME.name(), "REVISION_NEEDED");
        BpmnAwareTests.assertThat(ProposalTree.task(process)).hasCandidateGroup("member-JPN");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(process.getBusinessKey())
                .taskDefinitionKey(TermsProcess.USER_ANSWER_CIRCULATION).count()).as("unanswered tasks closed").isZero();
        assertThat(status(process)).isEqualTo(ProposalStatus.IN_REVISION);
        RoundSummary first = terms.rounds(TestUsers.MEMBER, process.getBusinessKey()).get(0);
        assertThat(first.counts()).isEqualTo(new RoundSummary.Counts(20, 2, 1, codes.size() - 23, 0));
        assertThat(first.outcome()).isEqualTo(RoundOutcome.REVISION_NEEDED);
        assertThat(first.answers()).filteredOn(answer -> answer.member().equals(codes.get(22))).singleElement()
                .satisfies(answer -> {
                    assertThat(answer.answer()).isEqualTo("OBJECTION");
                    assertThat(answer.comment()).isEqualTo("The chair should rotate");
                });
        assertThat(first.answers()).filteredOn(answer -> answer.member().equals(codes.get(32))).singleElement()
                .extracting(RoundSummary.MemberAnswer::answer).isEqualTo("SILENT");

        String revised = TEXT_V1.formatted(body).replace("once a year", "twice a year")
                .replace("elected for two years", "chosen in turn by the members");
        proposals.edit(TestUsers.MEMBER, process.getBusinessKey(), terms, request("JPN", revised));
        proposals.submit(TestUsers.MEMBER, process.getBusinessKey());

        ProposalTree.assertThat(process).isWaitingAt(TermsProcess.USER_ANSWER_CIRCULATION);
        assertThat(terms.versions(TestUsers.MEMBER, process.getBusinessKey())).extracting(TermsVersion::getNumber)
                .containsExactly(1, 2);
        assertThat(terms.version(TestUsers.MEMBER, process.getBusinessKey(), 1).getText())
                .as("version 1 is kept unchanged").contains("once a year");
        RoundSummary second = terms.rounds(TestUsers.MEMBER, process.getBusinessKey()).get(1);
        assertThat(second.versionNumber()).isEqualTo(2);
        assertThat(second.counts().awaited()).isEqualTo(codes.size());

        ClockUtil.setCurrentTime(Date.from(circulatedAt.plus(Duration.ofDays(61))));
        execute(deadlineOf(process));
        ProposalTree.assertThat(process).isWaitingAt(ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW);
        assertThat(terms.rounds(TestUsers.MEMBER, process.getBusinessKey()).get(1).counts().silent())
                .as("silence is no objection").isEqualTo(codes.size());
        assertThat(lastNotes(process)).anyMatch(note -> note.startsWith("Amended and resubmitted: version 2"));
    }

    @Test
    void aCirculationGoesToTheMembersOfItsDayAndTheirRoundSummaryStaysSo() {
        // Solomon Islands joined the region on 26 January 2023 and Palau on 2 February 2024 (config/application.yml).
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2023-01-10T02:00:00Z")));
        ProcessInstance before = submit("IDN", TEXT_V1);
        check(before, "COMPLETE", null);
        body = "Working Group " + UUID.randomUUID();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-03-01T02:00:00Z")));
        ProcessInstance after = submit("IDN", TEXT_V1);
        check(after, "COMPLETE", null);

        assertThat(circulatedTo(before)).doesNotContain("contactpoint-SLB", "contactpoint-PLW")
                .contains("contactpoint-IDN").hasSize(members.on(LocalDate.of(2023, 1, 10)).size());
        assertThat(circulatedTo(after)).contains("contactpoint-SLB", "contactpoint-PLW")
                .hasSize(members.on(LocalDate.of(2024, 3, 1)).size());
        assertThat(circulatedTo(after).size()).as("two more members").isEqualTo(circulatedTo(before).size() + 2);
        assertThat(terms.rounds(TestUsers.SECRETARIAT, before.getBusinessKey()).get(0).answers())
                .extracting(RoundSummary.MemberAnswer::member).as("read after Solomon Islands joined")
                .doesNotContain("SLB", "PLW");
        assertThat(lastNotes(after)).anyMatch(note -> note.contains("circulated to the contact points of all "
                + circulatedTo(after).size() + " member administrations"));
    }

    private List<String> circulatedTo(ProcessInstance process) {
        return taskService.createTaskQuery().processInstanceBusinessKey(process.getBusinessKey())
                .taskDefinitionKey(TermsProcess.USER_ANSWER_CIRCULATION).list().stream()
                .flatMap(task -> taskService.getIdentityLinksForTask(task.getId()).stream())
                .map(IdentityLink::getGroupId).toList();
    }

    @Test
    void contactPointsThatHaveNotAnsweredAreRemindedBeforeTheDeadline() {
        Instant circulatedAt = Instant.parse("2027-08-02T01:00:00Z");
        ClockUtil.setCurrentTime(Date.from(circulatedAt));
        ProcessInstance process = submit("IDN", TEXT_V1);
        check(process, "COMPLETE", null);
        Job reminder = management.createJobQuery().processInstanceId(process.getId())
                .activityId(TermsProcess.TIMER_CIRCULATION_REMINDER).singleResult();
        assertThat(reminder.getDuedate().toInstant()).as("5 days before the 30-day deadline")
                .isEqualTo(circulatedAt.plus(Duration.ofDays(25)));

        ClockUtil.setCurrentTime(Date.from(circulatedAt.plus(Duration.ofDays(25))));
        execute(reminder);

        ProposalTree.assertThat(process).hasPassed(TermsProcess.SERVICE_REMIND_CONTACT_POINTS)
                .isWaitingAt(TermsProcess.USER_ANSWER_CIRCULATION);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(process.getBusinessKey()).count())
                .as("the round goes on").isEqualTo(members.on(LocalDate.of(2027, 8, 2)).size());
    }

    @Test
    void versionsDifferLineByLine() {
        ProcessInstance process = submit("CHN", TEXT_V1);
        check(process, "RETURN", "Say how often the Group meets");
        proposals.edit(TestUsers.MEMBER, process.getBusinessKey(), terms,
                request("CHN", TEXT_V1.formatted(body).replace("once a year", "twice a year")));
        proposals.submit(TestUsers.MEMBER, process.getBusinessKey());

        String diff = terms.difference(TestUsers.MEMBER, process.getBusinessKey(), 1, 2).getUnified();

        assertThat(diff).contains("--- " + process.getBusinessKey() + " version 1",
                "+++ " + process.getBusinessKey() + " version 2", "-2. It meets once a year.",
                "+2. It meets twice a year.", " 3. Its chair is elected for two years.");
        assertThat(diff).doesNotContain("-1.", "+1.");
    }

    @Test
    void returnedToRIsAmendedAndCheckedAgain() {
        ProcessInstance process = submit("IDN", TEXT_V1);
        check(process, "RETURN", "The body's name is missing from the title");
        ProposalTree.assertThat(process).isWaitingAt(ProposalCheckProcess.USER_AMEND_PROPOSAL);
        assertThat(status(process)).isEqualTo(ProposalStatus.RETURNED);

        proposals.submit(TestUsers.MEMBER, process.getBusinessKey());

        ProposalTree.assertThat(process).isWaitingAt(ProposalCheckProcess.USER_CHECK_SUBMISSION);
        assertThat(terms.versions(TestUsers.MEMBER, process.getBusinessKey())).as("the same text stays version 1")
                .hasSize(1);
    }

    @Test
    void returnedToRLapsesAfterDeadline() {
        Instant returnedAt = Instant.parse("2027-02-01T09:00:00Z");
        ClockUtil.setCurrentTime(Date.from(returnedAt));
        ProcessInstance process = submit("IDN", TEXT_V1);
        check(process, "RETURN", "Incomplete");
        ClockUtil.setCurrentTime(Date.from(returnedAt.plus(Duration.ofDays(31))));
        execute(ProposalTree.timer(process, ProposalCheckProcess.TIMER_RETURN_LAPSED));

        ProposalTree.assertThat(process).hasPassedInOrder(ProposalCheckProcess.SERVICE_RECORD_LAPSED_RETURN,
                TermsProcess.END_LAPSED).isEnded();
        assertThat(status(process)).isEqualTo(ProposalStatus.WITHDRAWN);
    }

    @Test
    void deferredAndNotEndorsedToRIsNotInForce() {
        ProcessInstance process = circulatedCleanly("JPN");
        meetingDecides(process, MeetingDecision.DEFERRED);
        ProposalTree.assertThat(process).isWaitingAt(ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW);
        meetingDecides(process, MeetingDecision.NOT_RECOMMENDED);
        meetingDecides(process, MeetingDecision.DEFERRED);
        ProposalTree.assertThat(process).isWaitingAt(ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION);
        meetingDecides(process, MeetingDecision.NOT_ENDORSED);

        ProposalTree.assertThat(process).hasPassed(TermsProcess.END_NOT_ENDORSED)
                .hasNotPassed(TermsProcess.SERVICE_ADOPT).isEnded();
        assertThat(register.inForce(body)).isEmpty();
    }

    @Test
    void adoptedAmendmentSupersedesTheToRInForce() {
        ProcessInstance original = circulatedCleanly("IDN");
        meetingDecides(original, MeetingDecision.RECOMMENDED);
        meetingDecides(original, MeetingDecision.ENDORSED);

        ProcessInstance amendment = circulatedCleanly("CHN");
        TermsDetails.View amending = details.of(amendment.getBusinessKey());
        assertThat(amending.inForce().proposalReference()).as("the amendment shows what it will supersede")
                .isEqualTo(original.getBusinessKey());
        meetingDecides(amendment, MeetingDecision.RECOMMENDED);
        meetingDecides(amendment, MeetingDecision.ENDORSED);

        assertThat(register.inForce(body).orElseThrow().proposalReference()).isEqualTo(amendment.getBusinessKey());
        RegisteredTermsView superseded = register.entryOf(original.getBusinessKey()).orElseThrow();
        assertThat(superseded.inForce()).isFalse();
        assertThat(superseded.supersededBy()).isEqualTo(amendment.getBusinessKey());
    }

    @Test
    void drafterWithdrawsAtEachStepBeforeTheEndorsement() {
        for (String stepReached : List.of(ProposalCheckProcess.USER_CHECK_SUBMISSION, ProposalCheckProcess.USER_AMEND_PROPOSAL,
                TermsProcess.USER_ANSWER_CIRCULATION, TermsProcess.USER_REVISE_TERMS,
                ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW, ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION)) {
            ProcessInstance process = submit("CHN", TEXT_V1);
            switch (stepReached) {
                case ProposalCheckProcess.USER_AMEND_PROPOSAL -> check(process, "RETURN", "Incomplete");
                case TermsProcess.USER_ANSWER_CIRCULATION -> check(process, "COMPLETE", null);
                case TermsProcess.USER_REVISE_TERMS -> {
                    check(process, "COMPLETE", null);
                    terms.answer(contactPointOf("KOR"), process.getBusinessKey(),
                            new AnswerRequest(null, Answer.OBJECTION, "Not needed"));
                    execute(deadlineOf(process));
                }
                case ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW -> {
                    check(process, "COMPLETE", null);
                    execute(deadlineOf(process));
                }
                case ProposalEndorsementProcess.RECEIVE_ENDORSEMENT_DECISION -> {
                    check(process, "COMPLETE", null);
                    execute(deadlineOf(process));
                    meetingDecides(process, MeetingDecision.RECOMMENDED);
                }
                default -> {
                }
            }
            ProposalTree.assertThat(process).isWaitingAt(stepReached);

            proposals.withdraw(TestUsers.MEMBER, process.getBusinessKey(), "The Group dissolved");

            ProposalTree.assertThat(process).hasPassed(TermsProcess.END_WITHDRAWN).isEnded();
            assertThat(status(process)).as("withdrawn from " + stepReached).isEqualTo(ProposalStatus.WITHDRAWN);
            if (stepReached.equals(TermsProcess.USER_ANSWER_CIRCULATION)) {
                RoundSummary cutShort = terms.rounds(TestUsers.MEMBER, process.getBusinessKey()).get(0);
                assertThat(cutShort.outcome()).isEqualTo(RoundOutcome.WITHDRAWN);
                assertThat(cutShort.counts().awaited()).as("no answer is awaited any more").isZero();
            }
        }
    }

    @Test
    void onlyEachMembersOwnContactPointsAnswerOnceWithTheirReasons() {
        ProcessInstance process = submit("IDN", TEXT_V1);
        String reference = process.getBusinessKey();
        assertThatThrownBy(() -> terms.answer(contactPointOf("JPN"), reference,
                new AnswerRequest(null, Answer.NO_OBJECTION, null))).as("not circulated yet")
                .isInstanceOf(ConflictException.class);
        check(process, "COMPLETE", null);

        assertThatThrownBy(() -> terms.answer(TestUsers.MEMBER, reference, new AnswerRequest("JPN", Answer.NO_OBJECTION,
                null))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> terms.answer(contactPointOf("JPN"), reference, new AnswerRequest("CHN",
                Answer.NO_OBJECTION, null))).isInstanceOf(ForbiddenException.class).hasMessageContaining("China");
        assertThatThrownBy(() -> terms.answer(contactPointOf("JPN"), reference, new AnswerRequest(null,
                Answer.OBJECTION, " "))).isInstanceOf(InvalidFieldException.class)
                .hasFieldOrPropertyWithValue("field", "comment");

        terms.answer(contactPointOf("JPN"), reference, new AnswerRequest(null, Answer.NO_OBJECTION, null));
        ProposalEvent answered = proposals.byReference(reference).latestEvent().orElseThrow();
        assertThat(answered.getType()).as("the answer is in the ToR's timeline").isEqualTo(ProposalEventType.ANSWERED);
        assertThat(answered.getNote()).isEqualTo("Round 1: Japan, no objection");
        assertThatThrownBy(() -> terms.answer(contactPointOf("JPN"), reference, new AnswerRequest(null,
                Answer.OBJECTION, "Second thoughts"))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already answered NO_OBJECTION");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(process.getBusinessKey()).count())
                .as("every other member's task").isEqualTo(members.current().size() - 1);

        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofDays(30)).plusSeconds(60)));
        assertThatThrownBy(() -> terms.answer(contactPointOf("CHN"), reference, new AnswerRequest(null,
                Answer.OBJECTION, "Late"))).as("past the deadline, even before its timer fired")
                .isInstanceOf(ConflictException.class).hasMessageContaining("were due by");
    }

    @Test
    void secretariatDraftsAToRForARegionalGroupAndRevisesIt() {
        Proposal draft = proposals.draft(TestUsers.SECRETARIAT, terms, request("IDN", TEXT_V1.formatted(body)));
        assertThat(draft.isDraftedBySecretariat()).isTrue();
        assertThatThrownBy(() -> proposals.visible(TestUsers.CHAIR, draft.getReference()))
                .as("a draft is the drafter's alone").hasMessageContaining("no proposal");
        proposals.submit(TestUsers.SECRETARIAT, draft.getReference());
        ProcessInstance process = instance(draft.getReference());
        String checkTask = ProposalTree.task(process).getId();
        assertThatThrownBy(() -> tasks.complete(TestUsers.SECRETARIAT, checkTask, "COMPLETE", null, null))
                .as("its drafter does not check it").isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("another member of the secretariat", null);
        tasks.complete(TestUsers.OFFICER, checkTask, "COMPLETE", null, null);
        terms.answer(contactPointOf("AUS"), draft.getReference(), new AnswerRequest(null, Answer.COMMENTS, "Add a quorum"));
        execute(deadlineOf(process));

        ProposalTree.assertThat(process).isWaitingAt(TermsProcess.USER_REVISE_TERMS);
        BpmnAwareTests.assertThat(ProposalTree.task(process)).hasCandidateGroup("secretariat");
        proposals.edit(TestUsers.SECRETARIAT, draft.getReference(), terms,
                request("IDN", TEXT_V1.formatted(body) + "4. Half of the members make a quorum.\n"));
        proposals.submit(TestUsers.SECRETARIAT, draft.getReference());
        ProposalTree.assertThat(process).isWaitingAt(TermsProcess.USER_ANSWER_CIRCULATION);
        assertThat(terms.versions(TestUsers.SECRETARIAT, draft.getReference())).hasSize(2);
    }

    @Test
    void everyMemberReadsACirculatedToRButNobodyElsesDraft() {
        EndorseUser korea = new EndorseUser("member-kor", "Korea Customs", Set.of(Role.MEMBER), Set.of("KOR"));
        Proposal abandoned = proposals.draft(TestUsers.MEMBER, terms, request("IDN", TEXT_V1.formatted(body)));
        proposals.withdraw(TestUsers.MEMBER, abandoned.getReference(), "Started again");
        assertThatThrownBy(() -> proposals.visible(korea, abandoned.getReference()))
                .as("a draft withdrawn before it was submitted stays its drafter's").hasMessageContaining("no proposal");
        Proposal draft = proposals.draft(TestUsers.MEMBER, terms, request("IDN", TEXT_V1.formatted(body)));
        assertThatThrownBy(() -> proposals.visible(korea, draft.getReference())).hasMessageContaining("no proposal");
        assertThat(proposals.search(korea, ProposalSearch.everything(), PageQuery.first(50, null)).items()).extracting(Proposal::getReference)
                .doesNotContain(draft.getReference());

        proposals.submit(TestUsers.MEMBER, draft.getReference());

        assertThat(proposals.visible(korea, draft.getReference()).getReference()).isEqualTo(draft.getReference());
        assertThat(proposals.search(korea, ProposalSearch.everything(), PageQuery.first(50, null)).items()).extracting(Proposal::getReference)
                .contains(draft.getReference());
        assertThat(terms.versions(korea, draft.getReference())).hasSize(1);
        assertThatThrownBy(() -> proposals.withdraw(korea, draft.getReference(), "Not ours"))
                .isInstanceOf(ForbiddenException.class);
    }

    private Job deadlineOf(ProcessInstance process) {
        return management.createJobQuery().processInstanceId(process.getId())
                .activityId(TermsProcess.TIMER_CIRCULATION_DEADLINE).singleResult();
    }

    private ProcessInstance circulatedCleanly(String member) {
        ProcessInstance process = submit(member, TEXT_V1);
        check(process, "COMPLETE", null);
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofDays(31))));
        execute(deadlineOf(process));
        ClockUtil.reset();
        ProposalTree.assertThat(process).isWaitingAt(ProposalEndorsementProcess.RECEIVE_CONTACT_POINT_REVIEW);
        return process;
    }

    private ProcessInstance submit(String member, String text) {
        Proposal draft = proposals.draft(TestUsers.MEMBER, terms, request(member, text.formatted(body)));
        proposals.submit(TestUsers.MEMBER, draft.getReference());
        return instance(draft.getReference());
    }

    private TermsRequest request(String member, String text) {
        return new TermsRequest("Terms of Reference of the " + body, member, body, "Regional Private Sector Group",
                text);
    }

    private ProcessInstance instance(String reference) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(TermsProcess.KEY)
                .processInstanceBusinessKey(reference).rootProcessInstances().singleResult();
    }

    private void check(ProcessInstance process, String decision, String reason) {
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(process.getBusinessKey())
                .taskDefinitionKey(ProposalCheckProcess.USER_CHECK_SUBMISSION).singleResult().getId();
        tasks.complete(TestUsers.SECRETARIAT, taskId, decision, reason, null);
    }

    private static EndorseUser contactPointOf(String member) {
        return new EndorseUser("cp-" + member.toLowerCase(), "Contact Point " + member, Set.of(Role.CONTACT_POINT),
                Set.of(member));
    }

    private void meetingDecides(ProcessInstance process, MeetingDecision decision) {
        proposals.decideAtMeeting(process.getBusinessKey(), decision, TestUsers.CHAIR.id(), "Test meeting", null, null);
    }

    private ProposalStatus status(ProcessInstance process) {
        return proposals.byReference(process.getBusinessKey()).getStatus();
    }

    private List<String> lastNotes(ProcessInstance process) {
        return proposals.byReference(process.getBusinessKey()).getTimeline().stream().map(ProposalEvent::getNote)
                .filter(java.util.Objects::nonNull).toList();
    }

    private List<ProposalEventType> timeline(ProcessInstance process) {
        return proposals.byReference(process.getBusinessKey()).getTimeline().stream().map(ProposalEvent::getType)
                .toList();
    }
}
