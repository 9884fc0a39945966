package org.endorse;

import java.util.List;

/**
 * What every Endorse a test starts on its own (outside the shared test context) is given besides its own arguments:
 * no documents required to submit a proposal, as in application-test.yml, since the region's rule would have each
 * test upload a letter of nomination first (MalwareScanningTest tests the rule).
 */
public final class NodeArguments {

    public static final List<String> NO_REQUIRED_DOCUMENTS = List.of("--endorse.documents.required.NOMINATION=",
            "--endorse.documents.required.LABORATORY=");

    private NodeArguments() {
    }

    /** The arguments, and these. */
    public static String[] with(String... arguments) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(arguments), NO_REQUIRED_DOCUMENTS.stream())
                .toArray(String[]::new);
    }
}
