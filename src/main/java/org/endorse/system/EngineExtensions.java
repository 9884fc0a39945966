package org.endorse.system;

import java.util.ArrayList;
import java.util.List;

/** How Endorse's engine plugins add what is theirs to the engine's configuration. */
public final class EngineExtensions {

    private EngineExtensions() {
    }

    /** The engine's list (which it may not have yet) with one more of Endorse's, in a list the engine may extend. */
    public static <T> List<T> with(List<? extends T> existing, T added) {
        List<T> all = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        all.add(added);
        return all;
    }
}
