package org.endorse.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.laboratory.LaboratoryFixtures;
import org.endorse.terms.TermsFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The region's meetings of 2020 to 2022 (../shared/domain/sources/), recorded through the HTTP API afterwards, as a
 * region starting to use Endorse brings in its recent history: with their names, dates, chairs, observers, reports,
 * decisions and action items.
 * <ul>
 * <li>The 21st Conference and the 30th Contact Points Meeting, planned for 2020, are postponed (COVID-19); their
 * items go back to waiting.</li>
 * <li>The Joint Session of both, held virtually on 12 November 2020, hears the activity reports of the Vice-Chair,
 * ROCB A/P and RILO A/P and the new Regional Strategic Plan, and endorses the pending nominations; one newer
 * nomination is reviewed and its endorsement deferred.</li>
 * <li>The Regional Meeting of Directors General of Customs (the 22nd Conference), held virtually on 6 and 7 April
 * 2021 and chaired by Mr. R. Syarif Hidayat on behalf of the Vice-Chair, endorses China's laboratory proposal and
 * the Terms of Reference of the RPSG with no contact points meeting in between, and the deferred nomination.</li>
 * <li>The 31st Contact Points Meeting (2 and 3 November 2021, virtual) discusses the transition of RILO A/P and
 * agrees a working group on it; the 32nd (14 to 18 November 2022, hosted by Australia) follows it up, closes it,
 * and agrees an intersessional voting procedure itself.</li>
 * </ul>
 * The postponed meetings' planned dates are not in the sources and are illustrative.
 */
@EndorseTest
class RegionsMeetings2020To2022Test {

    static final String ACTING_CHAIR = "Mr. R. Syarif Hidayat, Chief Executive Officer of the Regional Vice-Chair";

    @LocalServerPort
    int port;

    @Autowired
    LaboratoryFixtures laboratories;

    @Autowired
    TermsFixtures terms;

    HttpApi member;
    HttpApi secretariat;
    HttpApi chair;

    @Test
    void theRegionsMeetingsOf2020To2022AreRecordedAsTheyHappened() {
        member = HttpApi.as(port, "member");
        secretariat = HttpApi.as(port, "secretariat");
        chair = HttpApi.as(port, "chair");

        // Indonesia's nomination was made by letter in 2019, before the region used Endorse.
        String indonesia = submitAndCheck("IDN", "FINANCE-COMMITTEE", "Finance Committee",
                Map.of("submittedOn", "2019-09-02", "note", "By letter of the Director General"));
        JsonNode submitted = timelineEntry(indonesia, "SUBMITTED");
        assertThat(submitted.get("on").asText()).isEqualTo("2019-09-02");
        assertThat(submitted.get("note").asText()).contains("By letter of the Director General");
        String china = submitAndCheck("CHN", "POLICY-COMMISSION", "Policy Commission");
        // The 29th Regional Contact Points Meeting recommended both.
        String rcp29 = convene(Map.of("type", "CONTACT_POINTS_MEETING", "number", 29), "2019-11-19", "2019-11-20",
                "IN_PERSON");
        circulateAndOpen(rcp29, List.of(indonesia, china));
        decide(rcp29, decision(indonesia, "RECOMMENDED", null), decision(china, "RECOMMENDED", null));
        close(rcp29);
        String japan = submitAndCheck("JPN", "RILO-AP-HOST", "RILO A/P");

        // 2020: the Conference and the Contact Points Meeting are postponed; their items go back to waiting.
        String hoc21 = convene(Map.of("type", "HEADS_OF_CUSTOMS_CONFERENCE", "number", 21), "2020-06-16",
                "2020-06-17", "IN_PERSON");
        assertThat(references(hoc21)).contains(indonesia, china);
        String rcp30 = convene(Map.of("type", "CONTACT_POINTS_MEETING", "number", 30), "2020-06-15", "2020-06-15",
                "IN_PERSON");
        assertThat(references(rcp30)).contains(japan);
        assertThat(member.post(hoc21 + "/postpone", Map.of("reason", "COVID-19")).code()).as("secretariat only")
                .isEqualTo(403);
        for (String postponed : List.of(hoc21, rcp30)) {
            HttpApi.Response called = secretariat.post(postponed + "/postpone", Map.of("reason",
                    "The COVID-19 pandemic: the region will meet virtually once it can"));
            assertThat(called.code()).as(called.body()).isEqualTo(200);
            assertThat(called.json().get("status").asText()).isEqualTo("POSTPONED");
            assertThat(called.json().get("agenda").findValuesAsText("state")).containsOnly("CARRIED_FORWARD");
        }
        assertThat(ApiSteps.mailSubjects(secretariat, "Postponed: 21st Regional Heads of Customs"))
                .contains("Postponed: 21st Regional Heads of Customs Administrative Conference");

        // 12 November 2020: the Joint Session.
        Map<String, Object> jointSession = new HashMap<>(Map.of("type", "JOINT_SESSION", "number", 21,
                "contactPointsNumber", 30, "title", "Joint Session of the 21st Regional Heads of Customs Administrative"
                        + " Conference and 30th Regional Contact Point Meeting in the Asia/Pacific region"));
        String joint = convene(jointSession, "2020-11-12", "2020-11-12", "VIRTUAL");
        JsonNode assembled = secretariat.get(joint).json();
        assertThat(assembled.get("name").asText()).isEqualTo("Joint Session of the 21st Regional Heads of Customs"
                + " Administrative Conference and the 30th Regional Contact Points Meeting");
        assertThat(references(joint)).as("the postponed meetings' items wait for it").contains(indonesia, china, japan);
        List<Long> reports = addReports(joint, Map.of(
                "VCO", "Activity report of the Vice-Chair",
                "ROCB-AP", "Activity report of ROCB A/P",
                "RILO-AP", "Activity report of RILO A/P"));
        reports.add(addItem(joint, "REPORT", "The new 2020-2022 Regional Strategic Plan and progress with the"
                + " 2018-2020 Plan", "VCO"));
        HttpApi.Response notYet = secretariat.put(joint + "/attendance", Map.of("members", List.of("IDN", "SLB")));
        assertThat(notYet.code()).as("Solomon Islands joined the region in 2023").isEqualTo(400);
        assertThat(notYet.body()).contains("Solomon Islands, which did not belong to the region during the meeting");
        assertThat(member.get("/api/members?on=2020-11-12").json().findValuesAsText("code")).contains("IDN")
                .doesNotContain("SLB", "PLW");
        assertThat(member.get("/api/members").json().findValuesAsText("code")).contains("IDN", "SLB", "PLW");
        attend(joint, List.of("IDN", "JPN", "CHN", "AUS", "KOR", "MYS", "NZL", "SGP", "THA", "VNM", "IND", "PHL"),
                List.of("WCO", "ROCB-AP", "RILO-AP"), null);
        circulateAndOpen(joint, List.of(indonesia, china, japan));
        reports.forEach(report -> conclude(joint, report, Map.of("conclusion", "NOTED")));
        decide(joint, decision(indonesia, "ENDORSED", null), decision(china, "ENDORSED", null),
                decision(japan, "RECOMMENDED", null), decision(japan, "DEFERRED", "Pending the RILO A/P transition"));
        close(joint);

        assertThat(status(indonesia)).isEqualTo("ENDORSED");
        assertThat(status(china)).isEqualTo("ENDORSED");
        assertThat(status(japan)).isEqualTo("AWAITING_ENDORSEMENT");
        JsonNode endorsed = timelineEntry(indonesia, "ENDORSED");
        assertThat(endorsed.get("on").asText()).as("dated on the meeting's day").isEqualTo("2020-11-12");
        assertThat(endorsed.get("note").asText()).startsWith("Joint Session of the 21st Regional Heads of Customs"
                + " Administrative Conference and the 30th Regional Contact Points Meeting: Endorsed");
        String jointRecord = record(joint);
        assertThat(jointRecord).contains("Joint Session of the 21st Regional Heads of Customs Administrative"
                + " Conference and the 30th Regional Contact Points Meeting",
                "Joint Session of the 21st Regional Heads of Customs Administrative Conference and 30th Regional Contact"
                        + " Point Meeting in the Asia/Pacific region",
                "12 November 2020", "held virtually", "hosted by Indonesia", "Chaired by Regional Vice-Chair (chair)",
                "(12 member administrations)", "Observers: WCO Secretariat, ROCB A/P, RILO A/P",
                "1. Reports for information",
                "The Joint Session took note of Activity report of ROCB A/P, presented by ROCB A/P.",
                "The Joint Session took note of The new 2020-2022 Regional Strategic Plan",
                "The Joint Session endorsed Indonesia for the Finance Committee (" + indonesia,
                "The Joint Session endorsed China for the Policy Commission (" + china,
                "The Joint Session recommended Japan for the RILO A/P (" + japan, "and deferred its decision on it.",
                "Pending the RILO A/P transition");
        assertThat(jointRecord.indexOf("Reports for information")).as("reports come first")
                .isLessThan(jointRecord.indexOf("Nominations"));

        // 6 and 7 April 2021: China's laboratory and the RPSG's Terms of Reference go straight to the heads of Customs.
        String laboratory = laboratories.waitingForReview("CHN");
        String rpsg = terms.waitingForReview("Regional Private Sector Group Asia/Pacific",
                "The RPSG advises the heads of Customs of the region on trade facilitation.");
        for (String reference : List.of(laboratory, rpsg)) {
            HttpApi.Response placed = secretariat.post("/api/proposals/" + reference
                    + "/place-before-heads-of-customs", Map.of("reason", "No contact points meeting before the"
                    + " heads of Customs meet in April 2021"));
            assertThat(placed.code()).as(placed.body()).isEqualTo(200);
        }
        Map<String, Object> april = new HashMap<>(Map.of("type", "HEADS_OF_CUSTOMS_CONFERENCE", "number", 22,
                "title", "Regional Meeting of Directors General of Customs"));
        String hoc22 = convene(april, "2021-04-06", "2021-04-07", "VIRTUAL");
        assertThat(references(hoc22)).contains(japan, laboratory, rpsg);
        List<Long> aprilReports = addReports(hoc22, Map.of("VCO", "Update on the 2020-2022 Regional Strategic Plan",
                "ROCB-AP", "Activity report of ROCB A/P", "RILO-AP", "Activity report of RILO A/P"));
        attend(hoc22, List.of("IDN", "JPN", "CHN", "AUS", "KOR", "IND", "THA"), List.of("WCO", "ROCB-AP", "RILO-AP"),
                ACTING_CHAIR);
        circulateAndOpen(hoc22, List.of(japan, laboratory, rpsg));
        aprilReports.forEach(report -> conclude(hoc22, report, Map.of("conclusion", "NOTED")));
        decide(hoc22, decision(japan, "ENDORSED", null),
                decision(laboratory, "ENDORSED", "Endorsed as a Regional Customs Laboratory of the region",
                        "2021-04-07"),
                decision(rpsg, "ENDORSED", null, "2021-04-07"));
        HttpApi.Response notADay = chair.post(hoc22 + "/decisions", Map.of("decisions", List.of(decision(japan,
                "ENDORSED", null, "2021-04-08"))));
        assertThat(notADay.code()).isEqualTo(400);
        assertThat(notADay.body()).contains("decisions[0].decidedOn", "2021-04-06 to 2021-04-07");
        close(hoc22);

        assertThat(status(japan)).isEqualTo("ENDORSED");
        assertThat(status(laboratory)).isEqualTo("ENDORSED");
        assertThat(member.get("/api/proposals/" + laboratory).json().get("timeline").findValuesAsText("type"))
                .as("endorsed without a contact points meeting").contains("PLACED_BEFORE_HEADS", "ENDORSED")
                .doesNotContain("RECOMMENDED");
        assertThat(timelineEntry(laboratory, "ENDORSED").get("on").asText()).isEqualTo("2021-04-07");
        assertThat(timelineEntry(japan, "ENDORSED").get("on").asText()).as("the meeting's first day")
                .isEqualTo("2021-04-06");
        JsonNode registered = ApiSteps.everyItem(member, "/api/register/terms").stream()
                .filter(entry -> entry.get("proposalReference").asText().equals(rpsg)).findFirst().orElseThrow();
        assertThat(registered.get("adoptedOn").asText()).as("adopted on the day of the meeting").isEqualTo("2021-04-07");
        assertThat(record(hoc22)).contains(
                "22nd Regional Heads of Customs Administrative Conference", "Regional Meeting of Directors General of"
                        + " Customs", "6 April 2021 to 7 April 2021",
                "Chaired by " + ACTING_CHAIR + " on behalf of Regional Vice-Chair (chair)",
                "Observers: WCO Secretariat, ROCB A/P, RILO A/P",
                "The Conference took note of Update on the 2020-2022 Regional Strategic Plan",
                "The Conference endorsed Japan for the RILO A/P (" + japan,
                "The Conference endorsed Shanghai Customs Laboratory as Regional Customs Laboratory (" + laboratory,
                "(7 April 2021).", "Endorsed as a Regional Customs Laboratory of the region",
                "The Conference endorsed Terms of Reference of the Regional Private Sector Group Asia/Pacific");

        // The secretariat forwarded the laboratory to the WCO Secretariat, which conferred its status later; both
        // are entered now, dated on their days (illustrative: the sources give neither).
        String forwarding = ApiSteps.taskOf(secretariat, laboratory).get("id").asText();
        HttpApi.Response beforeEndorsement = secretariat.post("/api/tasks/" + forwarding + "/complete", Map.of(
                "decision", "FORWARDED", "doneOn", "2021-04-01"));
        assertThat(beforeEndorsement.code()).isEqualTo(400);
        assertThat(beforeEndorsement.json().get("errors").findValuesAsText("field")).containsExactly("doneOn");
        assertThat(secretariat.post("/api/tasks/" + forwarding + "/complete", Map.of("decision", "FORWARDED",
                "reason", "Vice-Chair's letter to the Secretary General", "doneOn", "2021-04-20")).code())
                .isEqualTo(204);
        assertThat(timelineEntry(laboratory, "FORWARDED").get("on").asText()).isEqualTo("2021-04-20");
        HttpApi.Response beforeForwarding = secretariat.post("/api/laboratories/" + laboratory + "/recognition",
                Map.of("outcome", "RECOGNISED", "decidedOn", "2021-04-19"));
        assertThat(beforeForwarding.code()).as("not before the forwarding's own day").isEqualTo(400);
        assertThat(secretariat.post("/api/laboratories/" + laboratory + "/recognition", Map.of("outcome",
                "RECOGNISED", "decidedOn", "2021-06-01", "wcoReference", "WCO/RCL/2021/1")).code()).isEqualTo(200);
        JsonNode designated = member.get("/api/register/laboratories/" + laboratory).json();
        assertThat(designated.toString()).contains("2021-06-01");

        // 2 and 3 November 2021: the 31st Contact Points Meeting agrees a working group on the RILO A/P transition.
        String rcp31 = convene(Map.of("type", "CONTACT_POINTS_MEETING", "number", 31), "2021-11-02", "2021-11-03",
                "VIRTUAL");
        Long riloReport = addItem(rcp31, "REPORT", "Progress report of RILO A/P", "RILO-AP");
        Long transition = addItem(rcp31, "DISCUSSION", "The transition of RILO A/P", "VCO");
        attend(rcp31, List.of("IDN", "JPN", "CHN", "KOR", "VNM"), List.of("WCO", "ROCB-AP", "RILO-AP"), ACTING_CHAIR);
        circulateAndOpen(rcp31, List.of());
        conclude(rcp31, riloReport, Map.of("conclusion", "NOTED"));
        JsonNode agreed = conclude(rcp31, transition, Map.of("conclusion", "DISCUSSED", "decidedOn", "2021-11-03",
                "note", "Members supported a working group to prepare the transition.",
                "actions", List.of(Map.of("description", "Working group on the RILO A/P transition", "owner", "VCO",
                        "dueOn", "2022-06-30"))));
        assertThat(agreed.get("agenda").findValuesAsText("state")).containsOnly("DECIDED");
        close(rcp31);
        assertThat(openActionItems()).contains("Working group on the RILO A/P transition");
        String rcp31Record = record(rcp31);
        assertThat(rcp31Record).contains("31st Regional Contact Points Meeting", "2 November 2021 to 3 November 2021",
                "Chaired by " + ACTING_CHAIR, "The Meeting took note of Progress report of RILO A/P, presented by"
                        + " RILO A/P (2 November 2021).", "The Meeting discussed The transition of RILO A/P, presented by Office of the"
                        + " Regional Vice-Chair (3 November 2021).", "Members supported a working group",
                "Action item: Working group on the RILO A/P transition: Office of the Regional Vice-Chair, by 30 June"
                        + " 2022", "<h2>Action items</h2>");

        // November 2022: the 32nd follows the working group up, closes it, and agrees an intersessional vote itself.
        // Held from 14 to 18 November 2022, hosted by Australia, the Vice-Chair by then.
        String rcp32 = convene(Map.of("type", "CONTACT_POINTS_MEETING", "number", 32, "hostMember", "AUS",
                "timeZone", "Australia/Sydney"), "2022-11-14", "2022-11-18", "IN_PERSON");
        JsonNode followUp = item(rcp32, "FOLLOW_UP");
        assertThat(followUp.get("title").asText()).isEqualTo("Working group on the RILO A/P transition");
        Long voting = addItem(rcp32, "DECISION", "An intersessional voting procedure for urgent regional matters",
                null);
        attend(rcp32, List.of("AUS", "IDN", "JPN", "CHN", "KOR", "NZL", "FJI"), List.of("WCO", "ROCB-AP", "RILO-AP"),
                null);
        circulateAndOpen(rcp32, List.of());
        conclude(rcp32, followUp.get("id").asLong(), Map.of("conclusion", "ACTION_CLOSED", "note",
                "The working group reported; the transition is under way."));
        conclude(rcp32, voting, Map.of("conclusion", "AGREED"));
        close(rcp32);
        assertThat(openActionItems())
                .doesNotContain("Working group on the RILO A/P transition");
        assertThat(record(rcp32)).contains("Follow-up of action items",
                "Working group on the RILO A/P transition\u201d (Office of the Regional Vice-Chair, due 30 June 2022,"
                        + " agreed at the 31st Regional Contact Points Meeting).",
                "The working group reported",
                "The Meeting agreed to An intersessional voting procedure for urgent regional matters.");
    }

    private String submitAndCheck(String memberCode, String seatCode, String seat) {
        return submitAndCheck(memberCode, seatCode, seat, Map.of());
    }

    /** Nominated for the seat's term from 1 July 2021, or where the seat has no fixed terms, for two years. */
    private String submitAndCheck(String memberCode, String seatCode, String seat, Map<String, Object> past) {
        Map<String, Object> nomination = new HashMap<>();
        nomination.put("title", name(memberCode) + " for the " + seat);
        nomination.put("submittingMember", memberCode);
        nomination.put("seat", Map.of("code", seatCode));
        nomination.put("term", seatCode.endsWith("-HOST") ? Map.of("from", "2021-07-01", "to", "2023-06-30")
                : Map.of("from", "2021-07-01"));
        nomination.put("nominatedMember", memberCode);
        nomination.put("supportingStatement", name(memberCode) + " offers to represent the Asia/Pacific region.");
        String reference = member.post("/api/nominations", nomination).json().get("reference").asText();
        if (!past.isEmpty()) {
            HttpApi.Response future = member.post("/api/proposals/" + reference + "/submit", Map.of("submittedOn",
                    "2099-01-01", "note", "Tomorrow"));
            assertThat(future.code()).isEqualTo(400);
            assertThat(future.json().get("errors").findValuesAsText("field")).containsExactly("submittedOn");
            HttpApi.Response noNote = member.post("/api/proposals/" + reference + "/submit", Map.of("submittedOn",
                    past.get("submittedOn")));
            assertThat(noNote.json().get("errors").findValuesAsText("field")).containsExactly("note");
        }
        HttpApi.Response submitted = member.post("/api/proposals/" + reference + "/submit", past);
        assertThat(submitted.code()).as(submitted.body()).isEqualTo(200);
        String task = ApiSteps.taskOf(secretariat, reference).get("id").asText();
        assertThat(secretariat.post("/api/tasks/" + task + "/complete", Map.of("decision", "COMPLETE")).code())
                .isEqualTo(204);
        return reference;
    }

    private String convene(Map<String, Object> meeting, String from, String to, String mode) {
        Map<String, Object> request = new HashMap<>(meeting);
        request.putIfAbsent("hostMember", "IDN");
        request.putIfAbsent("timeZone", "Asia/Jakarta");
        request.putAll(Map.of("startDate", from, "endDate", to, "chair", "chair", "mode", mode));
        HttpApi.Response convened = secretariat.post("/api/meetings", request);
        assertThat(convened.code()).as(convened.body()).isEqualTo(201);
        return "/api/meetings/" + convened.json().get("id").asText();
    }

    private List<String> references(String meeting) {
        return secretariat.get(meeting).json().get("agenda").findValuesAsText("reference");
    }

    private List<Long> addReports(String meeting, Map<String, String> titleByPresenter) {
        List<Long> ids = new ArrayList<>();
        // in the order the region hears them: the Vice-Chair's first
        for (String presenter : List.of("VCO", "ROCB-AP", "RILO-AP")) {
            ids.add(addItem(meeting, "REPORT", titleByPresenter.get(presenter), presenter));
        }
        return ids;
    }

    private Long addItem(String meeting, String kind, String title, String presenter) {
        Map<String, Object> item = new HashMap<>(Map.of("kind", kind, "title", title));
        if (presenter != null) {
            item.put("presenter", presenter);
        }
        HttpApi.Response added = secretariat.post(meeting + "/agenda/items", item);
        assertThat(added.code()).as(added.body()).isEqualTo(201);
        return StreamSupport.stream(added.json().get("agenda").spliterator(), false)
                .flatMap(heading -> StreamSupport.stream(heading.get("items").spliterator(), false))
                .filter(i -> i.get("title").asText().equals(title)).findFirst().orElseThrow().get("id").asLong();
    }

    private JsonNode item(String meeting, String kind) {
        return StreamSupport.stream(secretariat.get(meeting).json().get("agenda").spliterator(), false)
                .flatMap(heading -> StreamSupport.stream(heading.get("items").spliterator(), false))
                .filter(i -> i.get("kind").asText().equals(kind)).findFirst().orElseThrow();
    }

    private void attend(String meeting, List<String> members, List<String> observers, String actingChair) {
        Map<String, Object> attendance = new HashMap<>(Map.of("members", members, "observers", observers));
        if (actingChair != null) {
            attendance.put("actingChair", actingChair);
        }
        HttpApi.Response recorded = secretariat.put(meeting + "/attendance", attendance);
        assertThat(recorded.code()).as(recorded.body()).isEqualTo(200);
    }

    private void circulateAndOpen(String meeting, List<String> agenda) {
        HttpApi.Response set = secretariat.put(meeting + "/agenda", Map.of("references", agenda));
        assertThat(set.code()).as(set.body()).isEqualTo(200);
        assertThat(secretariat.post(meeting + "/circulate").code()).isEqualTo(200);
        assertThat(secretariat.post(meeting + "/open").code()).isEqualTo(200);
    }

    @SafeVarargs
    private void decide(String meeting, Map<String, Object>... decisions) {
        HttpApi.Response decided = chair.post(meeting + "/decisions", Map.of("decisions", List.of(decisions)));
        assertThat(decided.code()).as(decided.body()).isEqualTo(200);
    }

    private JsonNode conclude(String meeting, Long item, Map<String, Object> conclusion) {
        HttpApi.Response concluded = chair.post(meeting + "/agenda/items/" + item + "/conclusion", conclusion);
        assertThat(concluded.code()).as(concluded.body()).isEqualTo(200);
        return concluded.json();
    }

    private void close(String meeting) {
        HttpApi.Response closed = chair.post(meeting + "/close");
        assertThat(closed.code()).as(closed.body()).isEqualTo(200);
    }

    private static Map<String, Object> decision(String reference, String decision, String note) {
        return decision(reference, decision, note, null);
    }

    private static Map<String, Object> decision(String reference, String decision, String note, String decidedOn) {
        Map<String, Object> map = new HashMap<>(Map.of("reference", reference, "decision", decision));
        if (note != null) {
            map.put("note", note);
        }
        if (decidedOn != null) {
            map.put("decidedOn", decidedOn);
        }
        return map;
    }

    /** The record of decisions as the member reads it: its page, in UTF-8. */
    private List<String> openActionItems() {
        return ApiSteps.everyItem(secretariat, "/api/meetings/action-items").stream()
                .map(item -> item.get("description").asText()).toList();
    }

    private String record(String meeting) {
        return new String(member.getAs(meeting + "/record", "text/html").body()
                .getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private String status(String reference) {
        return member.get("/api/proposals/" + reference).json().get("status").asText();
    }

    private JsonNode timelineEntry(String reference, String type) {
        return StreamSupport.stream(member.get("/api/proposals/" + reference).json().get("timeline").spliterator(),
                false).filter(entry -> entry.get("type").asText().equals(type)).reduce((first, last) -> last)
                .orElseThrow();
    }

    private static String name(String code) {
        return switch (code) {
            case "IDN" -> "Indonesia";
            case "CHN" -> "China";
            default -> "Japan";
        };
    }
}
