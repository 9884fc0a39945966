package org.endorse.bench;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.endorse.system.PlausibleDates;

/**
 * The two lifecycles whose rates the benchmark compares, each a few HTTP requests of real users, and how long each
 * of their requests takes on average.
 */
final class Lifecycles {

    /** The requests of the lifecycles, in their order. */
    enum Step {
        DRAFT("POST /api/nominations"),
        SUBMIT("POST /api/proposals/{reference}/submit"),
        FIND_CHECK("GET /api/tasks?proposal={reference}"),
        COMPLETE_CHECK("POST /api/tasks/{id}/complete"),
        START("POST /engine-rest/process-definition/key/{key}/start"),
        FIND_TASK("GET /engine-rest/task?processInstanceId={id}"),
        COMPLETE_TASK("POST /engine-rest/task/{id}/complete");

        final String request;

        Step(String request) {
            this.request = request;
        }
    }

    /** A seat without fixed terms: each nomination names its own. */
    private static final String SEAT = "ROCB-AP-HOST";
    private static final LocalDate FIRST_TERM = LocalDate.of(2030, 1, 1);

    private final BenchClient member;
    private final BenchClient secretariat;
    private final BenchClient admin;
    private final AtomicInteger nominations = new AtomicInteger();
    private final Map<Step, LongAdder> nanos = new EnumMap<>(Step.class);
    private final Map<Step, LongAdder> requests = new EnumMap<>(Step.class);

    Lifecycles(int port) {
        this.member = BenchClient.as(port, "member");
        this.secretariat = BenchClient.as(port, "secretariat");
        this.admin = BenchClient.as(port, "admin");
        for (Step step : Step.values()) {
            nanos.put(step, new LongAdder());
            requests.put(step, new LongAdder());
        }
    }

    /**
     * Endorse's lifecycle through /api: the member administration drafts a nomination and submits it, the
     * secretariat finds the check of it among its tasks and completes it. The nomination then waits for the
     * contact points' review, as a real one would.
     */
    void endorse() {
        String reference = submittedNomination();
        JsonNode check = timed(Step.FIND_CHECK, () -> secretariat.get("/api/tasks?proposal=" + reference)
                .expect(200)).item("proposalReference", reference);
        timed(Step.COMPLETE_CHECK, () -> secretariat.post("/api/tasks/" + check.get("id").asText() + "/complete",
                Map.of("decision", "COMPLETE")).expect(204));
    }

    /** The bare engine's lifecycle through /engine-rest: start the one-task process, find its task, complete it. */
    void bareEngine() {
        String instance = timed(Step.START, () -> admin.post("/engine-rest/process-definition/key/"
                + BaselineProcess.KEY + "/start", Map.of()).expect(200)).json().get("id").asText();
        JsonNode task = timed(Step.FIND_TASK, () -> admin.get("/engine-rest/task?processInstanceId=" + instance)
                .expect(200)).json().get(0);
        timed(Step.COMPLETE_TASK, () -> admin.post("/engine-rest/task/" + task.get("id").asText() + "/complete",
                Map.of()).expect(204));
    }

    /**
     * A nomination of Japan by the member user, submitted and waiting for the secretariat's check. Each is for a
     * two-day term of its own, so that no two compete for the seat.
     */
    String submittedNomination() {
        LocalDate from = FIRST_TERM.plusDays(2L * nominations.getAndIncrement());
        if (!PlausibleDates.isPlausible(from.plusDays(1))) {
            throw new IllegalStateException("More nominations than two-day terms until " + PlausibleDates.LAST_YEAR);
        }
        String reference = timed(Step.DRAFT, () -> member.post("/api/nominations", Map.of(
                "title", "Japan to host the ROCB A/P from " + from, "submittingMember", "JPN",
                "seat", Map.of("code", SEAT),
                "term", Map.of("from", from.toString(), "to", from.plusDays(1).toString()), "nominatedMember", "JPN",
                "supportingStatement", "Japan offers its experience in capacity building to the region."))
                .expect(201)).json().get("reference").asText();
        timed(Step.SUBMIT, () -> member.post("/api/proposals/" + reference + "/submit", Map.of()).expect(200));
        return reference;
    }

    /** Forgets the requests timed so far, such as those of a warm-up. */
    void forgetTimes() {
        nanos.values().forEach(LongAdder::reset);
        requests.values().forEach(LongAdder::reset);
    }

    /** The mean time of the step's requests since the times were last forgotten, in milliseconds. */
    double meanMillis(Step step) {
        return nanos.get(step).sum() / 1e6 / Math.max(1, requests.get(step).sum());
    }

    private <T> T timed(Step step, Supplier<T> request) {
        long start = System.nanoTime();
        T answer = request.get();
        nanos.get(step).add(System.nanoTime() - start);
        requests.get(step).increment();
        return answer;
    }
}
