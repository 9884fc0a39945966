package org.endorse.system;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A process variable as Java reads and writes it: the name the process model's expressions use, and the type of
 * its value. Each is declared once, in the class of its process (which ProcessContractTest holds to its model).
 */
public record ProcessVariable<T>(String name, Class<T> type) {

    public static <T> ProcessVariable<T> of(String name, Class<T> type) {
        return new ProcessVariable<>(name, type);
    }

    /** A variable holding a list, such as the users a task is offered to. */
    @SuppressWarnings("unchecked")
    public static <E> ProcessVariable<List<E>> list(String name) {
        return new ProcessVariable<>(name, (Class<List<E>>) (Class<?>) List.class);
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    /** This variable with a value, for {@link #variables}. */
    public Map.Entry<String, Object> with(T value) {
        return new SimpleImmutableEntry<>(name, value);
    }

    /** Variables to start a process, correlate a message or complete a task with; a value may be null. */
    @SafeVarargs
    public static VariableMap variables(Map.Entry<String, Object>... values) {
        VariableMap variables = Variables.createVariables();
        for (Map.Entry<String, Object> value : values) {
            variables.putValue(value.getKey(), value.getValue());
        }
        return variables;
    }
}
