package org.endorse.proposal;

import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What every kind's process has the same way: its kind, BPMN key, withdrawal message and return lapse, and the
 * capability's own source of agenda headings (given the proposal) and details (given its reference).
 */
public abstract class ProposalProcessSupport implements ProposalProcess {

    private final ProposalKind kind;
    private final String processKey;
    private final String withdrawalMessage;
    private final LongSupplier returnLapseDays;
    private final Function<Proposal, String> agendaHeadings;
    private final Function<String, Object> details;

    protected ProposalProcessSupport(ProposalKind kind, String processKey, String withdrawalMessage,
            LongSupplier returnLapseDays, Function<Proposal, String> agendaHeadings, Function<String, Object> details) {
        this.kind = kind;
        this.processKey = processKey;
        this.withdrawalMessage = withdrawalMessage;
        this.returnLapseDays = returnLapseDays;
        this.agendaHeadings = agendaHeadings;
        this.details = details;
    }

    @Override
    public final ProposalKind kind() {
        return kind;
    }

    @Override
    public final String processKey() {
        return processKey;
    }

    @Override
    public final long returnLapseDays() {
        return returnLapseDays.getAsLong();
    }

    @Override
    public final String withdrawalMessage() {
        return withdrawalMessage;
    }

    @Override
    public final String agendaHeading(Proposal proposal) {
        return agendaHeadings.apply(proposal);
    }

    @Override
    public final Object details(Proposal proposal) {
        return details.apply(proposal.getReference());
    }
}
