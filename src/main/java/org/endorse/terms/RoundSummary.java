package org.endorse.terms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.endorse.member.Member;
import org.endorse.member.MemberDirectory;

/**
 * A circulation round as every member reads it: who answered what, who stayed silent, and which member
 * administrations had no contact point user to answer for them.
 */
record RoundSummary(int number, int versionNumber, Instant openedAt, Instant deadline, Instant closedAt,
        RoundOutcome outcome, Counts counts, List<MemberAnswer> answers, List<String> withoutContactPoint) {

    /**
     * One member's answer; without one, {@code answer} is AWAITED while the round is open, SILENT once it
     * closed, and NONE if the ToR was withdrawn during the round.
     */
    record MemberAnswer(String member, String memberName, String answer, String comment, String answeredBy,
            Instant answeredAt) {
    }

    record Counts(long noObjection, long comments, long objections, long silent, long awaited) {

        String inWords() {
            return noObjection + " no objection, " + silent + " silent (no objection), " + comments + " with comments, "
                    + objections + " objecting";
        }
    }

    static RoundSummary of(CirculationRound round, MemberDirectory members, List<String> withoutContactPoint) {
        // The round went to the member administrations of the region on the day it opened.
        List<MemberAnswer> answers = members.on(LocalDate.ofInstant(round.getOpenedAt(), ZoneOffset.UTC)).stream()
                .map(member -> answer(round, member)).toList();
        Counts counts = new Counts(count(answers, Answer.NO_OBJECTION.name()), count(answers, Answer.COMMENTS.name()),
                count(answers, Answer.OBJECTION.name()), count(answers, "SILENT"), count(answers, "AWAITED"));
        return new RoundSummary(round.getNumber(), round.getVersionNumber(), round.getOpenedAt(), round.getDeadline(),
                round.getClosedAt(), round.getOutcome(), counts, answers,
                withoutContactPoint.stream().map(members::nameOf).toList());
    }

    private static MemberAnswer answer(CirculationRound round, Member member) {
        return round.answerOf(member.getCode())
                .map(given -> new MemberAnswer(member.getCode(), member.getName(), given.getAnswer().name(),
                        given.getComment(), given.getAnsweredBy(), given.getAnsweredAt()))
                .orElseGet(() -> new MemberAnswer(member.getCode(), member.getName(),
                        round.isOpen() ? "AWAITED" : round.getOutcome() == RoundOutcome.WITHDRAWN ? "NONE" : "SILENT",
                        null, null, null));
    }

    private static long count(List<MemberAnswer> answers, String answer) {
        return answers.stream().filter(given -> given.answer().equals(answer)).count();
    }
}
