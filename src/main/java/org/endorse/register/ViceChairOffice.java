package org.endorse.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.endorse.member.MemberDirectory;
import org.endorse.member.MembersProperties;
import org.endorse.security.Role;
import org.endorse.security.StaffGroups;
import org.endorse.system.ProcessVariable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Regional Vice-Chair's office is the secretariat and the chair: on the first day of a new Vice-Chair's term, the
 * users of its office (endorse.vice-chair-offices) join the secretariat and chair groups and the outgoing office's
 * users leave them, so that the open tasks of both roles pass with the groups.
 */
@Service
class ViceChairOffice {

    private static final Logger log = LoggerFactory.getLogger(ViceChairOffice.class);

    private final SeatHoldingRepository holdings;
    private final Seats seats;
    private final ViceChairOfficesProperties offices;
    private final StaffGroups staffGroups;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final MemberDirectory members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ViceChairOffice(SeatHoldingRepository holdings, Seats seats, ViceChairOfficesProperties offices,
            MembersProperties configuredMembers, StaffGroups staffGroups, TaskService tasks, RuntimeService runtime,
            MemberDirectory members, ApplicationEventPublisher events, Clock clock) {
        offices.viceChairOffices().keySet().stream()
                .filter(code -> configuredMembers.members().stream().noneMatch(member -> member.code().equals(code)))
                .findFirst().ifPresent(code -> {
                    throw new IllegalStateException("endorse.vice-chair-offices: " + code + " is not among"
                            + " endorse.members; name each office by its member administration's code in"
                            + " config/application.yml");
                });
        this.holdings = holdings;
        this.seats = seats;
        this.offices = offices;
        this.staffGroups = staffGroups;
        this.tasks = tasks;
        this.runtime = runtime;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** A Vice-Chair taking the seat through a nomination, for a term not over yet, takes the office when it begins. */
    void scheduleHandover(Seat seat, SeatTaken taken) {
        if (seat.type() != SeatType.REGIONAL_VICE_CHAIR || taken.nominationReference() == null
                || (taken.termTo() != null && taken.termTo().isBefore(LocalDate.now(clock)))) {
            return;
        }
        runtime.startProcessInstanceByKey(ViceChairHandoverProcess.KEY, seat.code() + "/" + taken.termFrom(),
                ProcessVariable.variables(ViceChairHandoverProcess.VAR_TERM_BEGINS.with(
                        taken.termFrom().atStartOfDay().atOffset(ZoneOffset.UTC).toString())));
        log.info("{} takes the office of Regional Vice-Chair on {}", members.nameOf(taken.member()), taken.termFrom());
    }

    /** service_hand_over_office: the office passes to the Vice-Chair whose term begins that day. */
    @Transactional
    void handOver(String businessKey) {
        Seat seat = seats.find(businessKey.substring(0, businessKey.indexOf('/'))).orElseThrow();
        LocalDate termFrom = LocalDate.parse(businessKey.substring(businessKey.indexOf('/') + 1));
        List<SeatHolding> held = holdings.findBySeatCodeOrderByTermFromDesc(seat.code());
        SeatHolding incoming = held.stream().filter(holding -> holding.getTermFrom().equals(termFrom)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No Vice-Chair is registered from " + termFrom));
        Optional<SeatHolding> outgoing = held.stream().filter(holding -> holding.getTermFrom().isBefore(termFrom))
                .findFirst();
        Optional<ViceChairOfficesProperties.Office> incomingOffice = officeOf(incoming.getMember());
        String outgoingMember = outgoing.map(SeatHolding::getMember).orElse(null);
        // Never leave the region without a secretariat or a chair: without users of the incoming office for both
        // roles, nothing changes.
        if (incomingOffice.isEmpty() || staffGroups.existing(incomingOffice.get().secretariat()).isEmpty()
                || staffGroups.existing(incomingOffice.get().chair()).isEmpty()) {
            log.error("The office of Regional Vice-Chair should pass to {} on {}, but endorse.vice-chair-offices names"
                    + " no user of Endorse for its secretariat or its chair: the secretariat and chair groups stay as"
                    + " they are. Add its office's users in Camunda Admin and to config/application.yml, and move"
                    + " them into the groups in Camunda Admin", members.nameOf(incoming.getMember()), termFrom);
            events.publishEvent(new ViceChairHandedOver(outgoingMember, incoming.getMember(), termFrom,
                    incoming.getTermTo(), false));
            return;
        }
        ViceChairOfficesProperties.Office empty = new ViceChairOfficesProperties.Office(null, null);
        ViceChairOfficesProperties.Office leaving = outgoing.flatMap(holding -> officeOf(holding.getMember()))
                .orElse(empty);
        staffGroups.handOver(Role.SECRETARIAT, leaving.secretariat(), incomingOffice.get().secretariat());
        staffGroups.handOver(Role.CHAIR, leaving.chair(), incomingOffice.get().chair());
        releaseTasksOf(leaving, incomingOffice.get());
        log.info("The office of Regional Vice-Chair passed from {} to {} on {}", outgoingMember == null ? "nobody"
                : members.nameOf(outgoingMember), members.nameOf(incoming.getMember()), termFrom);
        events.publishEvent(new ViceChairHandedOver(outgoingMember, incoming.getMember(), termFrom,
                incoming.getTermTo(), true));
    }

    /** The outgoing office's users let go of the secretariat's and chair's tasks they had taken, for the new office. */
    private void releaseTasksOf(ViceChairOfficesProperties.Office leaving, ViceChairOfficesProperties.Office joining) {
        Set<String> staffGroups = Set.of(Role.SECRETARIAT.groupId(), Role.CHAIR.groupId());
        List<String> leavingUsers = Stream.concat(leaving.secretariat().stream(),
                leaving.chair().stream()).filter(user -> !joining.secretariat().contains(user)
                        && !joining.chair().contains(user)).distinct().toList();
        if (leavingUsers.isEmpty()) {
            return;
        }
        tasks.createTaskQuery().taskAssigneeIn(leavingUsers.toArray(String[]::new)).list().stream()
                .filter(task -> tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                        .anyMatch(staffGroups::contains))
                .forEach(task -> {
                    tasks.setAssignee(task.getId(), null);
                    log.info("Task {} ({}) taken by {} of the outgoing office waits again for its group", task.getId(),
                            task.getName(), task.getAssignee());
                });
    }

    private Optional<ViceChairOfficesProperties.Office> officeOf(String member) {
        return Optional.ofNullable(offices.viceChairOffices().get(member));
    }
}
