package org.endorse.nomination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.endorse.proposal.Proposal;
import org.endorse.proposal.ProposalEvent;
import org.endorse.proposal.ProposalEventType;
import org.endorse.proposal.ProposalStatus;
import org.endorse.register.Seat;
import org.endorse.register.Seats;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.endorse.system.ConflictException;
import org.endorse.system.ForbiddenException;
import org.endorse.system.NotFoundException;
import org.endorse.system.PageQuery;
import org.endorse.system.PageResult;
import org.endorse.system.ProcessVariable;
import org.endorse.system.UserTasks;
import org.endorse.system.WorldDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for nominations: a configurable time before each term of a seat with terms begins, every member
 * administration is called to nominate by a deadline and the secretariat follows the call; a nomination submitted
 * after the deadline is marked late, and a seat with no candidate at the deadline is flagged to the secretariat.
 */
@Service
class CallsForNominations {

    private static final Logger log = LoggerFactory.getLogger(CallsForNominations.class);

    /** Nominations that count as candidates: submitted, whatever became of them since, unless withdrawn. */
    private static final List<ProposalStatus> NOT_CANDIDATES = List.of(ProposalStatus.DRAFT, ProposalStatus.WITHDRAWN);

    private final CallRepository calls;
    private final NominationRepository nominations;
    private final Seats seats;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskService tasks;
    private final UserTasks userTasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Period opensBeforeTerm;
    private final Period answerPeriod;

    CallsForNominations(CallRepository calls, NominationRepository nominations, Seats seats, RuntimeService runtime,
            HistoryService history, TaskService tasks, UserTasks userTasks, ApplicationEventPublisher events,
            Clock clock, @Value("${endorse.calls.opens-before-term:P10M}") Period opensBeforeTerm,
            @Value("${endorse.calls.answer-period:P6W}") Period answerPeriod) {
        this.calls = calls;
        this.nominations = nominations;
        this.seats = seats;
        this.runtime = runtime;
        this.history = history;
        this.tasks = tasks;
        this.userTasks = userTasks;
        this.events = events;
        this.clock = clock;
        this.opensBeforeTerm = opensBeforeTerm;
        this.answerPeriod = answerPeriod;
    }

    /** A call as the API and the portal show it; {@code candidates} counts those submitted by the deadline so far. */
    record CallView(Long id, String seatCode, String seatName, int places, LocalDate termFrom, LocalDate termTo,
            Instant openedAt, LocalDate deadline, boolean open, long candidates) {
    }

    /** At every start: each seat with terms has the call for its next term scheduled, once. */
    @Transactional
    void scheduleNextCalls() {
        LocalDate today = LocalDate.now(clock);
        seats.all().stream().filter(Seat::hasFixedTerms).forEach(seat -> schedule(seat, seat.nextTermAfter(today)));
    }

    /** Schedules the call for a term of a seat, unless one is scheduled, open or over already. */
    void schedule(Seat seat, Seat.Term term) {
        String key = seat.code() + "/" + term.from();
        if (runtime.createProcessInstanceQuery().processDefinitionKey(CallForNominationsProcess.KEY)
                .processInstanceBusinessKey(key).count() > 0 || history.createHistoricProcessInstanceQuery()
                        .processDefinitionKey(CallForNominationsProcess.KEY).processInstanceBusinessKey(key).count() > 0) {
            return;
        }
        LocalDate opens = term.from().minus(opensBeforeTerm);
        runtime.startProcessInstanceByKey(CallForNominationsProcess.KEY, key, ProcessVariable.variables(
                CallForNominationsProcess.VAR_CALL_OPENS.with(opens.atStartOfDay().atOffset(ZoneOffset.UTC)
                        .toString())));
        log.info("The call for nominations for {} from {} opens on {}", seat.name(), term.from(), opens);
    }

    /**
     * service_open_call: every member administration is called to nominate; the deadline is the configured period
     * away, and never later than the day before the term. The next term's call is scheduled. Answers when the call
     * closes: once its deadline is over everywhere in the region.
     */
    @Transactional
    String open(String key) {
        Seat seat = seatOf(key);
        Seat.Term term = seat.termFrom(termFromOf(key));
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = today.plus(answerPeriod);
        if (!deadline.isBefore(term.from())) {
            deadline = term.from().minusDays(1);
        }
        CallForNominations call = calls.save(new CallForNominations(seat.code(), term.from(), term.to(),
                clock.instant(), deadline));
        events.publishEvent(new CallForNominationsOpened(call.getId(), seat.name(), seat.places(), term.from(),
                term.to(), deadline, seat.electedBy()));
        log.info("Call for nominations {} opened: {} ({} places), {} to {}; nominations due by {}", call.getId(),
                seat.name(), seat.places(), term.from(), term.to(), deadline);
        schedule(seat, seat.nextTermAfter(term.from()));
        return WorldDays.endOf(deadline).toString();
    }

    /** service_close_call: the call closes, with the candidates submitted by its deadline counted. */
    @Transactional
    int close(String key) {
        CallForNominations call = callOf(key);
        int candidates = (int) candidatesOf(call);
        call.close(clock.instant(), LocalDate.now(clock), candidates);
        log.info("Call for nominations {} closed ({} from {}): {} candidate(s)", call.getId(), call.getSeatCode(),
                call.getTermFrom(), candidates);
        return candidates;
    }

    /** service_flag_seat_without_candidate: the secretariat is told that nobody stands for the seat. */
    @Transactional
    void flagSeatWithoutCandidate(String key) {
        CallForNominations call = callOf(key);
        Seat seat = seatOf(key);
        log.warn("Nobody stands for {} from {}: the call for nominations closed on {} with no candidate; the"
                + " secretariat may call again or ask a member administration", seat.name(), call.getTermFrom(),
                call.getDeadline());
        events.publishEvent(new SeatWithoutCandidate(call.getId(), seat.name(), call.getTermFrom(), call.getTermTo(),
                call.getDeadline()));
    }

    /** The secretariat closes a call before its deadline: that day becomes its deadline. */
    @Transactional
    CallView closeNow(EndorseUser user, Long id) {
        if (!user.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("error.call.secretariatCloses");
        }
        CallForNominations call = calls.findById(id).orElseThrow(() -> new NotFoundException("error.call.notFound",
                String.valueOf(id)));
        Task task = tasks.createTaskQuery().processDefinitionKey(CallForNominationsProcess.KEY)
                .processInstanceBusinessKey(call.getSeatCode() + "/" + call.getTermFrom())
                .taskDefinitionKey(CallForNominationsProcess.USER_FOLLOW_CALL).singleResult();
        if (!call.isOpen() || task == null) {
            throw new ConflictException("error.call.closed", String.valueOf(id), String.valueOf(call.getDeadline()));
        }
        userTasks.completeAs(task, user.id(), Map.of());
        return view(call);
    }

    /**
     * A nomination first submitted after its call closed is marked late: after the deadline's day was over everywhere
     * in the region, or after the secretariat closed the call early. A submission brought in from the region's
     * history is late if the day it is dated on is after the deadline. A resubmission after a return changes nothing.
     */
    @Transactional
    void markIfLate(Proposal proposal) {
        Nomination nomination = nominations.findByReference(proposal.getReference()).orElseThrow();
        List<ProposalEvent> submissions = proposal.getTimeline().stream()
                .filter(event -> event.getType() == ProposalEventType.SUBMITTED).toList();
        if (nomination.getSeatCode() == null || nomination.isLate() || submissions.size() != 1) {
            return;
        }
        ProposalEvent submitted = submissions.get(0);
        calls.findBySeatCodeAndTermFrom(nomination.getSeatCode(), nomination.getTermFrom())
                .filter(call -> submitted.getDated() != null ? submitted.getDated().isAfter(call.getDeadline())
                        : WorldDays.earliest(submitted.getOccurredAt()).isAfter(call.getDeadline())
                                || (call.getClosedAt() != null && submitted.getOccurredAt().isAfter(call.getClosedAt())))
                .ifPresent(call -> {
                    nomination.markLate();
                    log.info("{} was submitted on {}, after the call for nominations closed on {}: marked late",
                            proposal.getReference(), submitted.getDay(), call.getDeadline());
                });
    }

    /** How lists of calls may be sorted; the latest deadline first unless asked otherwise. */
    static final PageQuery.Sorting SORTING = new PageQuery.Sorting(Map.of("deadline", "deadline", "seat", "seatCode",
            "term", "termFrom"), "deadline,desc", "id");

    /** A page of the calls for nominations, with the candidates each has so far (or had by its deadline). */
    @Transactional(readOnly = true)
    PageResult<CallView> page(PageQuery page) {
        return page.read(SORTING, calls::findAll).map(this::view);
    }

    private CallView view(CallForNominations call) {
        Seat seat = seats.find(call.getSeatCode()).orElse(null);
        return new CallView(call.getId(), call.getSeatCode(), seat == null ? call.getSeatCode() : seat.name(),
                seat == null ? 0 : seat.places(), call.getTermFrom(), call.getTermTo(), call.getOpenedAt(),
                call.getDeadline(), call.isOpen(), call.isOpen() ? candidatesOf(call) : call.getCandidates());
    }

    private long candidatesOf(CallForNominations call) {
        return nominations.countCandidates(call.getSeatCode(), call.getTermFrom(), NOT_CANDIDATES);
    }

    private CallForNominations callOf(String key) {
        return calls.findBySeatCodeAndTermFrom(seatOf(key).code(), termFromOf(key)).orElseThrow();
    }

    private Seat seatOf(String key) {
        String code = key.substring(0, key.indexOf('/'));
        return seats.find(code).orElseThrow(() -> new IllegalStateException("The seat " + code + " of the call for"
                + " nominations " + key + " is no longer in endorse.seats; add it back to config/application.yml"));
    }

    private static LocalDate termFromOf(String key) {
        return LocalDate.parse(key.substring(key.indexOf('/') + 1));
    }
}
