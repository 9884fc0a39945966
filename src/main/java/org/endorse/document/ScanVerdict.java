package org.endorse.document;

/** What clamd said of a file: clean, infected (with the signature that matched), or nothing (unreachable). */
record ScanVerdict(Outcome outcome, String detail) {

    enum Outcome {
        CLEAN,
        INFECTED,
        /** clamd could not be reached or could not scan: the file stays in quarantine and the scan is tried again. */
        UNAVAILABLE
    }

    static ScanVerdict clean() {
        return new ScanVerdict(Outcome.CLEAN, null);
    }

    static ScanVerdict infected(String signature) {
        return new ScanVerdict(Outcome.INFECTED, signature);
    }

    static ScanVerdict unavailable(String why) {
        return new ScanVerdict(Outcome.UNAVAILABLE, why);
    }
}
