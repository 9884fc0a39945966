package org.endorse.laboratory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

import org.endorse.member.MemberDirectory;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalEventType;
import org.endorse.proposal.ProposalKind;
import org.endorse.proposal.ProposalPartWriter;
import org.endorse.proposal.ProposalService;
import org.endorse.register.DesignatedLaboratory;
import org.endorse.register.LaboratoryRegister;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.endorse.system.ForbiddenException;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.LogText;
import org.endorse.system.ProcessVariable;
import org.endorse.system.Texts;
import org.endorse.system.WorldDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting laboratory proposals, and what their process does: the eligibility check, lapses, the reminders
 * while the WCO Secretariat's recognition is awaited, the recognition itself and the designation.
 */
@Service
class LaboratoryService implements ProposalPartWriter<LaboratoryRequest> {

    private static final Logger log = LoggerFactory.getLogger(LaboratoryService.class);

    private final ProposalService proposals;
    private final LaboratoryRepository laboratories;
    private final EligibilityCheck eligibilityCheck;
    private final LaboratoryRegister register;
    private final MemberDirectory members;
    private final Clock clock;

    LaboratoryService(ProposalService proposals, LaboratoryRepository laboratories, EligibilityCheck eligibilityCheck,
            LaboratoryRegister register, MemberDirectory members, Clock clock) {
        this.proposals = proposals;
        this.laboratories = laboratories;
        this.eligibilityCheck = eligibilityCheck;
        this.register = register;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public ProposalKind kind() {
        return ProposalKind.LABORATORY;
    }

    @Override
    public void create(Proposal proposal, LaboratoryRequest request) {
        laboratories.save(new Laboratory(proposal, request));
    }

    @Override
    public void update(String reference, LaboratoryRequest request) {
        laboratories.findByReference(reference).orElseThrow().update(request);
    }

    /**
     * Runs the eligibility table on today's date and keeps its result with the laboratory, the one place the
     * assessor's task, the proposal's page and the API read it from.
     */
    @Transactional
    void checkEligibility(String reference) {
        Laboratory laboratory = laboratories.findByReference(reference).orElseThrow();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        EligibilityCheck.Result result = eligibilityCheck.evaluate(laboratory, today);
        laboratory.checked(result.eligibility(),
                result.findings().stream().map(EligibilityCheck.Finding::finding).toList(), today);
        String summary = result.eligibility() == Eligibility.ELIGIBLE ? "Eligibility check: all criteria met"
                : "Eligibility check: not eligible. " + result.findings().stream()
                        .map(EligibilityCheck.Finding::finding).collect(Collectors.joining(" "));
        proposals.recordSystemEvent(reference, ProposalEventType.ASSESSED, summary);
    }

    /** The WCO Secretariat has not answered yet: the secretariat is reminded to follow it up. */
    @Transactional
    void remindRecognitionAwaited(String reference) {
        proposals.recordSystemEvent(reference, ProposalEventType.REMINDED, "Reminder to the secretariat: the WCO"
                + " Secretariat's recognition is still awaited; follow it up and record its answer");
    }

    /** Records the WCO Secretariat's answer, which moves the proposal's process on. */
    @Transactional
    Proposal recordRecognition(EndorseUser user, String reference, RecognitionRequest request) {
        if (!user.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("error.laboratory.secretariatRecognises");
        }
        Proposal proposal = proposals.visible(user, reference);
        if (proposal.getKind() != ProposalKind.LABORATORY) {
            throw new InvalidFieldException("reference", "error.laboratory.notLaboratory", reference,
                    proposal.getKind().labelText());
        }
        // The region spans many time zones: a date is in the future only where no place has reached it yet,
        // and before the forwarding only where every place had already passed it. A forwarding brought in from the
        // region's history is bounded by the day it is dated on.
        LocalDate latestToday = WorldDays.latest(clock.instant());
        if (request.decidedOn().isAfter(latestToday)) {
            throw new InvalidFieldException("decidedOn", "error.laboratory.decidedInFuture",
                    request.decidedOn().toString());
        }
        proposal.getTimeline().stream().filter(event -> event.getType() == ProposalEventType.FORWARDED)
                .map(event -> event.getDated() != null ? event.getDated()
                        : WorldDays.earliest(event.getOccurredAt()))
                .reduce((first, last) -> last)
                .filter(forwardedOn -> request.decidedOn().isBefore(forwardedOn))
                .ifPresent(forwardedOn -> {
                    throw new InvalidFieldException("decidedOn", "error.laboratory.decidedBeforeForwarding",
                            forwardedOn.toString());
                });
        boolean recognised = request.outcome() == RecognitionRequest.Outcome.RECOGNISED;
        if (!recognised && (request.note() == null || request.note().isBlank())) {
            throw new InvalidFieldException("note", "error.laboratory.reasonsRequired");
        }
        String wcoReference = request.wcoReference() == null || request.wcoReference().isBlank() ? null
                : request.wcoReference().strip();
        String text = (recognised ? "Recognised by the WCO Secretariat on " : "Not recognised by the WCO Secretariat on ")
                + request.decidedOn() + (wcoReference == null ? "" : " (" + wcoReference + ")")
                + (request.note() == null || request.note().isBlank() ? "" : ": " + request.note().strip());
        if (recognised) {
            laboratories.findByReference(reference).orElseThrow().recognised(request.decidedOn(), wcoReference);
        }
        proposals.recordDecision(reference, recognised ? ProposalEventType.RECOGNISED : ProposalEventType.NOT_RECOGNISED,
                user.id(), text);
        proposals.completeKindTask(user, reference, LaboratoryProcess.USER_RECORD_RECOGNITION, null,
                ProcessVariable.variables(LaboratoryProcess.VAR_RECOGNITION.with(request.outcome().name())),
                Texts.of("error.laboratory.recognition"));
        log.info("{}: {}", reference, LogText.escaped(text));
        return proposal;
    }

    /** A recognised laboratory enters the register as a designated Regional Customs Laboratory. */
    @Transactional
    void designate(String reference) {
        Laboratory laboratory = laboratories.findByReference(reference).orElseThrow();
        if (laboratory.getRecognisedOn() == null) {
            // The task was completed around the API (in Tasklist, say), so the recognition's date is unknown.
            throw new IllegalStateException(reference + " has no recorded recognition: record it with POST"
                    + " /api/laboratories/" + reference + "/recognition instead of completing the task directly");
        }
        String member = proposals.byReference(reference).getSubmittingMember();
        register.designate(new DesignatedLaboratory(reference, member,
                laboratory.getLaboratoryName(), laboratory.getLocation(), laboratory.getScope(),
                laboratory.getAccreditationStandard(), laboratory.getAccreditationBody(),
                laboratory.getCertificateNumber(), laboratory.getAccreditationValidUntil(),
                laboratory.getRecognisedOn(), laboratory.getRecognitionReference()));
        log.info("{} of {} is designated a Regional Customs Laboratory from {}",
                LogText.escaped(laboratory.getLaboratoryName()),
                members.nameOf(member), laboratory.getRecognisedOn());
    }
}
