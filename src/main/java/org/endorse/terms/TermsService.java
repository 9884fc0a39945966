package org.endorse.terms;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.endorse.member.MemberDirectory;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalEventType;
import org.endorse.proposal.ProposalKind;
import org.endorse.proposal.ProposalPartWriter;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalSummary;
import org.endorse.proposal.ProposalStatus;
import org.endorse.proposal.ProposalStatusChanged;
import org.endorse.register.AdoptedTerms;
import org.endorse.register.TermsRegister;
import org.endorse.security.ContactPoints;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.endorse.system.ConflictException;
import org.endorse.system.ForbiddenException;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.NotFoundException;
import org.endorse.system.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drafting Terms of Reference, their numbered versions, and what their process does: circulation rounds with
 * the contact points' answers, lapses, and the adoption into the register.
 */
@Service
class TermsService implements ProposalPartWriter<TermsRequest> {

    private static final Logger log = LoggerFactory.getLogger(TermsService.class);

    /** How often an answer that met others at the same moment is taken, each after a short, random pause. */
    private static final int ANSWER_ATTEMPTS = 10;

    private final ProposalService proposals;
    private final TermsRepository terms;
    private final TermsVersionRepository versions;
    private final TermsDifferenceRepository differences;
    private final VersionDifference difference;
    private final CirculationRoundRepository rounds;
    private final TermsRegister register;
    private final TermsSettings settings;
    private final MemberDirectory members;
    private final ContactPoints contactPoints;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** A transaction of its own for each attempt at an answer, whatever the caller runs in. */
    private final TransactionTemplate eachAttempt;

    TermsService(ProposalService proposals, TermsRepository terms, TermsVersionRepository versions,
            TermsDifferenceRepository differences, VersionDifference difference, CirculationRoundRepository rounds,
            TermsRegister register, TermsSettings settings, MemberDirectory members,
            ContactPoints contactPoints, Clock clock, ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.events = events;
        this.eachAttempt = new TransactionTemplate(transactions);
        this.eachAttempt.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.proposals = proposals;
        this.terms = terms;
        this.versions = versions;
        this.differences = differences;
        this.difference = difference;
        this.rounds = rounds;
        this.register = register;
        this.settings = settings;
        this.members = members;
        this.contactPoints = contactPoints;
        this.clock = clock;
    }

    @Override
    public ProposalKind kind() {
        return ProposalKind.TERMS_OF_REFERENCE;
    }

    @Override
    public void create(Proposal proposal, TermsRequest request) {
        terms.save(new TermsOfReference(proposal, request));
    }

    /** The working text of a draft, of a ToR returned by the secretariat, or of one revised after a round. */
    @Override
    public void update(String reference, TermsRequest request) {
        find(reference).update(request);
    }

    /**
     * As the drafter submits, the text becomes the next numbered version, kept unchanged from then on; a
     * resubmission of the same text keeps the version it already is.
     */
    @Transactional
    String freezeVersion(String reference, EndorseUser user) {
        TermsOfReference tor = find(reference);
        var latest = versions.findFirstByProposalIdOrderByNumberDesc(tor.getProposalId());
        if (latest.isPresent() && latest.get().getText().equals(tor.getWorkingText())) {
            return "version " + latest.get().getNumber() + ", unchanged";
        }
        int number = latest.map(TermsVersion::getNumber).orElse(0) + 1;
        TermsVersion frozen = versions.save(new TermsVersion(tor.getProposalId(), number, tor.getWorkingText(),
                user.id(), clock.instant()));
        // What changed since each earlier version, now, so that comparing versions never computes it again.
        for (TermsVersion earlier : versions.findByProposalIdOrderByNumberAsc(tor.getProposalId())) {
            if (earlier.getNumber() < number) {
                differences.save(difference.between(reference, tor.getProposalId(), earlier, frozen));
            }
        }
        log.info("Terms of Reference {}: version {} made by {}", reference, number, user.id());
        return "version " + number;
    }

    /** Circulates the latest version to every member's contact points, answers due by the deadline. */
    @Transactional
    void openRound(String reference) {
        TermsOfReference tor = find(reference);
        TermsVersion version = versions.findFirstByProposalIdOrderByNumberDesc(tor.getProposalId()).orElseThrow();
        int number = rounds.findByProposalIdOrderByNumberAsc(tor.getProposalId()).size() + 1;
        Instant now = clock.instant();
        Instant deadline = now.plus(settings.circulationDuration());
        rounds.save(new CirculationRound(tor.getProposalId(), number, version.getNumber(), now, deadline));
        events.publishEvent(new TermsCirculated(ProposalSummary.of(proposals.byReference(reference)),
                tor.getGovernedBody(), number, version.getNumber(), deadline, false, settings.circulatedMembers()));
        List<String> unreachable = withoutContactPoint();
        proposals.recordSystemEvent(reference, ProposalEventType.CIRCULATED, "Round " + number + ": version "
                + version.getNumber() + " circulated to the contact points of all " + settings.circulatedMembers().size()
                + " member administrations; answers due by " + deadline + " (silence counts as no objection)"
                + (unreachable.isEmpty() ? "" : ". " + unreachable.size() + " have no contact point user in Endorse"
                        + " and cannot answer: " + String.join(", ", unreachable.stream().map(members::nameOf)
                                .toList())));
    }

    /** Before the deadline, the contact points that have not answered yet are reminded. */
    @Transactional
    void remindContactPoints(String reference) {
        TermsOfReference tor = find(reference);
        CirculationRound round = rounds.findFirstByProposalIdOrderByNumberDesc(tor.getProposalId())
                .filter(CirculationRound::isOpen).orElseThrow();
        List<String> silent = settings.circulatedMembers().stream()
                .filter(member -> round.answerOf(member).isEmpty()).toList();
        events.publishEvent(new TermsCirculated(ProposalSummary.of(proposals.byReference(reference)),
                tor.getGovernedBody(), round.getNumber(), round.getVersionNumber(), round.getDeadline(), true, silent));
        log.info("Terms of Reference {}: {} contact point group(s) reminded that round {} closes at {}", reference,
                silent.size(), round.getNumber(), round.getDeadline());
    }

    /**
     * A contact point answers the circulated version for its member administration. Answers given at the same
     * moment complete parallel tasks of one multi-instance activity, whose shared counters the engine guards
     * optimistically: an answer that loses that race is taken again, in a fresh transaction, rather than refused.
     */
    void answer(EndorseUser user, String reference, AnswerRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                eachAttempt.executeWithoutResult(status -> answerOnce(user, reference, request));
                return;
            } catch (OptimisticLockingException concurrent) {
                if (attempt == ANSWER_ATTEMPTS) {
                    throw concurrent;
                }
                log.info("Terms of Reference {}: an answer met another at the same moment; taking it again",
                        reference);
                pauseBeforeAttempt(attempt);
            }
        }
    }

    /** Spreads the answers that met, so the next attempts do not meet again. */
    private static void pauseBeforeAttempt(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while answering", interrupted);
        }
    }

    private void answerOnce(EndorseUser user, String reference, AnswerRequest request) {
        if (!user.has(Role.CONTACT_POINT)) {
            throw new ForbiddenException("error.terms.contactPointsAnswer");
        }
        String member = contactPoints.memberSpokenFor(user, request.member());
        Proposal proposal = proposals.visible(user, reference);
        requireTerms(proposal);
        if (request.answer().needsRevision() && (request.comment() == null || request.comment().isBlank())) {
            throw new InvalidFieldException("comment", "error.terms.commentRequired", request.answer().name());
        }
        CirculationRound round = rounds.findFirstByProposalIdOrderByNumberDesc(find(reference).getProposalId())
                .filter(CirculationRound::isOpen).orElseThrow(() -> new ConflictException("error.terms.notCirculated",
                        reference, proposal.getStatus().descriptionText()));
        if (clock.instant().isAfter(round.getDeadline())) {
            throw new ConflictException("error.terms.roundClosed", String.valueOf(round.getNumber()),
                    round.getDeadline().toString());
        }
        String answering = member;
        round.answerOf(member).ifPresent(given -> {
            throw new ConflictException("error.terms.alreadyAnswered", members.nameOf(answering),
                    given.getAnswer().name(), String.valueOf(round.getNumber()), given.getAnsweredBy(),
                    given.getAnsweredAt().toString());
        });
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        round.answer(member, request.answer(), comment, user.id(), clock.instant());
        rounds.flush();
        proposals.recordDecision(reference, ProposalEventType.ANSWERED, user.id(), "Round " + round.getNumber() + ": "
                + members.nameOf(member) + ", " + request.answer().name().toLowerCase().replace('_', ' ')
                + (comment == null ? "" : ": " + comment));
        proposals.completeKindTask(user, reference, TermsProcess.USER_ANSWER_CIRCULATION,
                Role.contactPointGroupOf(member), Map.of(), Texts.of("error.terms.answerFrom", members.nameOf(member)));
        log.info("Terms of Reference {}: {} answered {} in round {}", reference, members.nameOf(member),
                request.answer(), round.getNumber());
    }

    /** Closes the open round, by its last answer or its deadline; members that stayed silent do not object. */
    @Transactional
    RoundOutcome closeRound(String reference) {
        TermsOfReference tor = find(reference);
        CirculationRound round = rounds.findFirstByProposalIdOrderByNumberDesc(tor.getProposalId())
                .filter(CirculationRound::isOpen).orElseThrow();
        RoundOutcome outcome = round.close(clock.instant());
        RoundSummary summary = RoundSummary.of(round, members, withoutContactPoint());
        proposals.recordSystemEvent(reference, ProposalEventType.ROUND_CLOSED, "Round " + round.getNumber()
                + " (version " + round.getVersionNumber() + ") closed: " + summary.counts().inWords()
                + (summary.withoutContactPoint().isEmpty() ? "" : " (" + summary.withoutContactPoint().size()
                        + " had no contact point user to answer)")
                + (outcome == RoundOutcome.CLEAN ? "; on to the contact points meeting"
                        : "; the drafter revises the text for another round"));
        return outcome;
    }

    /** A ToR withdrawn while circulated: its open round closes without an outcome for anyone to act on. */
    @EventListener
    @Transactional
    public void onProposalStatusChanged(ProposalStatusChanged change) {
        if (change.kind() != ProposalKind.TERMS_OF_REFERENCE || change.status() != ProposalStatus.WITHDRAWN) {
            return;
        }
        terms.findByReference(change.reference()).flatMap(tor -> rounds.findFirstByProposalIdOrderByNumberDesc(
                tor.getProposalId())).filter(CirculationRound::isOpen)
                .ifPresent(round -> round.withdraw(clock.instant()));
    }

    /** The endorsed version enters the register, superseding the one in force for the same body. */
    @Transactional
    void adopt(String reference) {
        TermsOfReference tor = find(reference);
        TermsVersion version = versions.findFirstByProposalIdOrderByNumberDesc(tor.getProposalId()).orElseThrow();
        Proposal proposal = proposals.byReference(reference);
        // Adopted on the day of the meeting that endorsed it, even where its decision was typed in afterwards.
        register.adopt(new AdoptedTerms(reference, tor.getGovernedBody(), proposal.getTitle(), version.getNumber(),
                proposal.latestDayOf(ProposalEventType.ENDORSED)
                        .orElseGet(() -> LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))));
    }

    @Transactional(readOnly = true)
    List<RoundSummary> rounds(EndorseUser user, String reference) {
        requireTerms(proposals.visible(user, reference));
        return rounds.findByProposalIdOrderByNumberAsc(find(reference).getProposalId()).stream()
                .map(round -> RoundSummary.of(round, members, withoutContactPoint())).toList();
    }

    /** The names of the member administrations a circulation would reach no contact point of, for the secretariat. */
    List<String> namesWithoutContactPoint() {
        return withoutContactPoint().stream().map(members::nameOf).toList();
    }

    /** The circulated member administrations that have no contact point user in Endorse, today. */
    private List<String> withoutContactPoint() {
        return contactPoints.membersWithoutContactPoint(settings.circulatedMembers());
    }

    @Transactional(readOnly = true)
    List<TermsVersion> versions(EndorseUser user, String reference) {
        requireTerms(proposals.visible(user, reference));
        return versions.findByProposalIdOrderByNumberAsc(find(reference).getProposalId());
    }

    @Transactional(readOnly = true)
    TermsVersion version(EndorseUser user, String reference, int number) {
        requireTerms(proposals.visible(user, reference));
        return versions.findByProposalIdAndNumber(find(reference).getProposalId(), number).orElseThrow(
                () -> new NotFoundException("error.terms.noVersion", reference, String.valueOf(number)));
    }

    /**
     * What changed from one version to a later one, as computed when the later one was frozen. Versions frozen
     * before differences were kept (the release with migration V6) have theirs computed as they are read, if
     * they are no larger than a version may be now.
     */
    @Transactional(readOnly = true)
    TermsDifference difference(EndorseUser user, String reference, int from, int to) {
        TermsVersion earlier = version(user, reference, from);
        TermsVersion later = version(user, reference, to);
        if (from >= to) {
            throw new InvalidFieldException("to", "error.terms.compareLater", String.valueOf(from));
        }
        Long proposalId = find(reference).getProposalId();
        return differences.findByProposalIdAndFromNumberAndToNumber(proposalId, from, to).orElseGet(() -> {
            if (!earlier.fitsTheLimits() || !later.fitsTheLimits()) {
                throw new ConflictException("error.terms.tooLargeToCompare", reference, String.valueOf(from),
                        String.valueOf(to));
            }
            return difference.between(reference, proposalId, earlier, later);
        });
    }

    /** The ToR with the text its drafter is working on, for its edit form. */
    @Transactional(readOnly = true)
    TermsOfReference working(String reference) {
        return find(reference);
    }

    private void requireTerms(Proposal proposal) {
        if (proposal.getKind() != ProposalKind.TERMS_OF_REFERENCE) {
            throw new NotFoundException("error.terms.notTerms", proposal.getReference(),
                    proposal.getKind().labelText());
        }
    }

    private TermsOfReference find(String reference) {
        return terms.findByReference(reference).orElseThrow(
                () -> new NotFoundException("error.terms.notFound", reference));
    }
}
