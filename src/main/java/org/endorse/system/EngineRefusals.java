package org.endorse.system;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.springframework.context.MessageSourceResolvable;

/**
 * What the engine's refusals that users can meet say to them, the same in the API and the portal: a process an
 * administrator suspended in Cockpit, or a message its process no longer waits for because it has just moved on.
 */
public final class EngineRefusals {

    private EngineRefusals() {
    }

    public static MessageSourceResolvable of(ProcessEngineException refusal) {
        return refusal instanceof SuspendedEntityInteractionException ? Texts.of("error.engine.suspended")
                : Texts.of("error.engine.notWaiting");
    }
}
