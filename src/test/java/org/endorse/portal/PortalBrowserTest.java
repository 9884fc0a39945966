package org.endorse.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.TestFiles;
import org.endorse.TestUsers;
import org.endorse.document.DocumentCheckProcess;
import org.endorse.document.DocumentChecks;
import org.endorse.laboratory.LaboratoryFixtures;
import org.endorse.nomination.NominationFixtures;
import org.endorse.terms.TermsFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each group of users does its job in a real browser (Debian's Chromium): member administrations draft and
 * submit, the secretariat checks and convenes, the chair runs the meeting from the console, contact points
 * answer a circulation, the assessor decides with the eligibility table's findings before them. Every page
 * visited is checked for accessibility; each test keeps screenshots under target/screenshots.
 */
@EndorseTest
class PortalBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    NominationFixtures nominations;
    @Autowired
    LaboratoryFixtures laboratories;
    @Autowired
    TermsFixtures terms;
    @Autowired
    IdentityService identity;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void memberCorrectsAMistakeInANominationSubmitsItAndTheSecretariatChecksItFromTheInbox() {
        String seat = "Finance Committee " + UUID.randomUUID().toString().substring(0, 8);
        String reference;
        try (Browser member = Browser.open(port, "nomination-member").logIn("member")) {
            member.visit("/").clickButton("Draft a nomination");
            member.type("title", "Indonesia for the " + seat).choose("submittingMember", "IDN")
                    .choose("seat.code", "FINANCE-COMMITTEE").date("term.from", LocalDate.of(2030, 8, 1))
                    .choose("nominatedMember", "IDN").type("supportingStatement", "Indonesia offers continuity.")
                    .clickButton("Save the draft");

            assertThat(member.text(By.id("term.from-error"))).contains("2030-08-01 is not the first day of a term of"
                    + " Finance Committee");
            assertThat(member.text()).as("the summary names the field").contains("Term, from: 2030-08-01 is not");
            assertThat(member.all(By.id("title")).get(0).getDomProperty("value")).as("what was typed is kept")
                    .isEqualTo("Indonesia for the " + seat);
            member.screenshot("1-mistake");

            member.date("term.from", LocalDate.of(2030, 7, 1)).clickButton("Save the draft");
            reference = member.path().replace("/proposals/", "");
            assertThat(reference).startsWith("NOM-");
            assertThat(member.text()).contains("is saved as a draft", "Draft", "1 July 2030 to 30 June 2031",
                    "Finance Committee", "4 places for the region", "WCO Council");

            member.clickButton("Submit");
            assertThat(member.text()).contains("Submit this proposal?");
            member.clickButton("Submit");
            assertThat(member.text()).contains(reference + " is submitted", "submitted, awaiting the secretariat check");
            member.screenshot("2-submitted");
        }
        try (Browser secretariat = Browser.open(port, "nomination-secretariat").logIn("secretariat")) {
            secretariat.visit("/tasks?sort=created,desc")
                    .click(By.xpath("//tr[td[contains(., '" + reference + "')]]//a"));
            assertThat(secretariat.text()).contains("Check the submission", seat);
            secretariat.check(By.cssSelector("input[name=decision][value=COMPLETE]")).clickButton("Record the decision");
            assertThat(secretariat.text(By.id("decision"))).contains("Done", reference, "Complete and eligible");
            secretariat.screenshot("3-checked");
            secretariat.visit("/proposals/" + reference);
            assertThat(secretariat.text()).contains("awaiting the contact points' review");
        }
    }

    @Test
    void membersAddALetterAndTheSecretariatUploadsAPaperThatIsPreviewedDownloadedAndCirculatedWithItsSymbol()
            throws Exception {
        java.nio.file.Path files = java.nio.file.Files.createTempDirectory("browser-uploads");
        byte[] letterBytes = TestFiles.pdf("Letter of nomination of Indonesia");
        java.nio.file.Path letter = java.nio.file.Files.write(files.resolve("letter.pdf"), letterBytes);
        byte[] paperBytes = TestFiles.pdf("Provisional agenda of the 71st meeting");
        java.nio.file.Path paper = java.nio.file.Files.write(files.resolve("agenda.pdf"), paperBytes);
        String reference = HttpApi.as(port, "member").post("/api/nominations", ApiSteps.NOMINATION).json()
                .get("reference").asText();
        try (Browser member = Browser.open(port, "documents-member").logIn("member")) {
            member.visit("/proposals/" + reference);
            member.type("new-document-title", "Letter of the Commissioner").choose("new-document-kind",
                    "LETTER_OF_NOMINATION").attach("new-document-file", letter).clickButton("Add the document");
            assertThat(member.text()).contains("Document \"Letter of the Commissioner\" added", "letter.pdf",
                    "Letter of nomination", "not scanned");
            member.screenshot("1-letter-added");
        }

        HttpApi secretariatApi = HttpApi.as(port, "secretariat");
        String meeting = secretariatApi.post("/api/meetings", java.util.Map.of("type", "CONTACT_POINTS_MEETING",
                "number", 71, "startDate", "2027-10-05", "endDate", "2027-10-06", "timeZone", "Asia/Tokyo",
                "hostMember", "JPN", "chair", "chair", "mode", "HYBRID")).json().get("id").asText();
        String download;
        try (Browser secretariat = Browser.open(port, "documents-secretariat").logIn("secretariat")) {
            secretariat.visit("/meetings/" + meeting);
            secretariat.type("new-paper-title", "Provisional agenda").choose("new-paper-kind", "WORKING_DOCUMENT")
                    .attach("new-paper-file", paper).clickButton("Add the document");
            assertThat(secretariat.text()).contains("Document \"Provisional agenda\" added", "agenda.pdf",
                    "Working document");

            long fileId = secretariatApi.get("/api/meetings/" + meeting + "/documents").json().get(0).get("files")
                    .get(0).get("id").asLong();
            String check = runtime.createProcessInstanceQuery().processDefinitionKey(DocumentCheckProcess.KEY)
                    .processInstanceBusinessKey(DocumentChecks.businessKey(fileId)).singleResult().getId();
            management.executeJob(management.createJobQuery().processInstanceId(check).singleResult().getId());
            secretariat.visit("/meetings/" + meeting);
            org.openqa.selenium.WebElement preview = secretariat.all(By.cssSelector("img.preview")).get(0);
            assertThat(preview.getDomAttribute("alt")).isEqualTo("First page of agenda.pdf");
            assertThat(preview.getDomProperty("naturalWidth")).isNotEqualTo("0");
            download = secretariat.all(By.linkText("English")).get(0).getDomAttribute("href");
            secretariat.screenshot("2-paper-previewed");
        }
        HttpApi.Bytes downloaded = secretariatApi.download(download);
        assertThat(downloaded.body()).isEqualTo(paperBytes);
        assertThat(downloaded.headers().getFirst("Content-Disposition")).startsWith("attachment; filename=\"agenda.pdf\"");

        assertThat(secretariatApi.post("/api/meetings/" + meeting + "/circulate").code()).isEqualTo(200);
        try (Browser member = Browser.open(port, "documents-papers").logIn("member")) {
            member.visit("/meetings/" + meeting);
            assertThat(member.text()).contains("Papers", "RCPM/71/Doc.1", "Provisional agenda");
            member.screenshot("3-papers-circulated");
        }
    }

    @Test
    void aTaskCompletedMeanwhileBySomeoneElseIsSaidPlainly() {
        String reference = nominations.submitted("CHN", "Audit Committee " + UUID.randomUUID().toString().substring(0, 8));
        try (Browser secretariat = Browser.open(port, "task-taken").logIn("secretariat")) {
            secretariat.visit("/tasks").type("proposal", reference).choose("assigned", "nobody").clickButton("Filter");
            assertThat(secretariat.text()).as("the inbox filtered to the one proposal's task").contains("1 task(s)");
            secretariat.click(By.xpath("//tr[td[contains(., '" + reference + "')]]//a"));
            nominations.check(reference);
            secretariat.check(By.cssSelector("input[name=decision][value=RETURN]")).type("reason", "Too late")
                    .clickButton("Record the decision");
            assertThat(secretariat.text(By.id("decision"))).contains("was already completed by secretariat")
                    .doesNotContain("Something went wrong");
            secretariat.screenshot("1-already-completed");
        }
    }

    @Test
    void aJointSessionIsConvenedCirculatedOpenedAndRunFromTheChairsConsoleUntilItsRecordShowsTheEndorsement() {
        String seat = "Policy Commission " + UUID.randomUUID().toString().substring(0, 8);
        String reference = nominations.waitingForReview("IDN", seat);
        String meeting;
        try (Browser secretariat = Browser.open(port, "meeting-secretariat").logIn("secretariat")) {
            secretariat.visit("/meetings").clickButton("Convene a meeting");
            secretariat.choose("type", "JOINT_SESSION").type("number", "41").type("contactPointsNumber", "50")
                    .date("startDate", LocalDate.of(2027, 11, 12)).date("endDate", LocalDate.of(2027, 11, 13))
                    .type("timeZone", "Asia/Jakarta").choose("hostMember", "IDN").choose("mode", "VIRTUAL")
                    .choose("chair", "chair").clickButton("Convene");
            meeting = secretariat.path();
            assertThat(meeting).matches("/meetings/\\d+");
            assertThat(secretariat.text()).contains("Joint Session of the 41st Regional Heads of Customs Administrative"
                    + " Conference and the 50th Regional Contact Points Meeting", reference);

            secretariat.click(By.cssSelector("#item-" + reference + " button[value=remove]"));
            assertThat(secretariat.all(By.id("item-" + reference))).as("removed from the agenda").isEmpty();
            secretariat.choose("add-reference", reference).clickButton("Add to the agenda");
            assertThat(secretariat.all(By.id("item-" + reference))).as("added back").hasSize(1);
            secretariat.choose("item-kind", "REPORT").type("item-title", "Activity report of ROCB A/P")
                    .choose("item-presenter", "ROCB-AP").clickButton("Add to the agenda");
            assertThat(secretariat.text()).contains("The item is on the agenda.", "Reports for information",
                    "Activity report of ROCB A/P", "Presented by ROCB A/P");
            secretariat.screenshot("1-agenda");

            secretariat.clickButton("Circulate the papers");
            assertThat(secretariat.text()).contains("Circulate the papers?");
            secretariat.clickButton("Circulate the papers");
            assertThat(secretariat.text()).contains("The papers are circulated");
            secretariat.clickButton("Open the meeting");
            assertThat(secretariat.text()).contains("The meeting is open.");
        }
        try (Browser chair = Browser.open(port, "meeting-chair").logIn("chair")) {
            chair.visit(meeting).clickButton("Chair's console");
            chair.check(By.cssSelector("input[name=members][value=IDN]"))
                    .check(By.cssSelector("input[name=members][value=JPN]"))
                    .check(By.cssSelector("input[name=observers][value=WCO]"))
                    .check(By.cssSelector("input[name=observers][value=ROCB-AP]"))
                    .type("actingChair", "Mr. R. Syarif Hidayat").clickButton("Save the attendance");
            assertThat(chair.text()).contains("Attendance recorded: 2 member administration(s).");

            String report = chair.all(By.xpath("//div[contains(@class,'agenda-item')][contains(., 'Activity report of"
                    + " ROCB A/P')]")).get(0).getAttribute("id").substring("item-".length());
            chair.type("note-" + report, "Members thanked ROCB A/P.")
                    .type("action-" + report + "-1", "Survey of training needs").choose("owner-" + report + "-1", "ROCB-AP")
                    .date("due-" + report + "-1", LocalDate.of(2028, 3, 31))
                    .click(By.cssSelector("#item-" + report + " button[value=NOTED]"));
            assertThat(chair.text()).contains("Recorded: Noted.");
            assertThat(chair.text(By.id("item-" + report))).contains("Noted", "Members thanked ROCB A/P.");

            chair.type("note-" + reference, "Supported by every member present.").choose("day-" + reference,
                    "2027-11-13").click(By.cssSelector("#item-" + reference + " button[value=RECOMMENDED]"));
            assertThat(chair.text(By.id("item-" + reference))).contains("Recommended to the heads of Customs");
            chair.choose("day-" + reference, "2027-11-13")
                    .click(By.cssSelector("#item-" + reference + " button[value=ENDORSED]"));
            assertThat(chair.text(By.id("item-" + reference))).contains("Decided", "Endorsed");
            chair.screenshot("2-console");

            chair.clickButton("Close the meeting");
            chair.clickButton("Close the meeting");
            assertThat(chair.text()).contains("The meeting is closed");
            chair.clickButton("Record of decisions");
            assertThat(chair.text()).contains("Record of decisions", "Indonesia, Japan",
                    "Observers: WCO Secretariat, ROCB A/P",
                    "Chaired by Mr. R. Syarif Hidayat on behalf of Regional Vice-Chair",
                    "The Joint Session took note of Activity report of ROCB A/P, presented by ROCB A/P (12 November 2027).",
                    "Action item: Survey of training needs: ROCB A/P, by 31 March 2028",
                    "The Joint Session recommended Indonesia for " + seat + " (" + reference,
                    "and endorsed it (13 November 2027).");
            chair.screenshot("3-record");
        }
        try (Browser member = Browser.open(port, "meeting-member").logIn("member")) {
            member.visit("/proposals/" + reference);
            assertThat(member.text()).contains("Endorsed", "Joint Session of the 41st Regional Heads of Customs");
        }
    }

    @Test
    void aContactPointAnswersACirculatedTermsOfReferenceFromItsInbox() {
        String body = "Regional Working Group " + UUID.randomUUID().toString().substring(0, 8);
        String reference = terms.circulated(body, "# Terms of Reference\n\n1. The Group meets once a year.\n");
        try (Browser contactPoint = Browser.open(port, "circulation-contact-point").logIn("cp-jpn")) {
            contactPoint.visit("/tasks?sort=created,desc")
                    .click(By.xpath("//tr[td[contains(., '" + reference + "')]]//a"));
            assertThat(contactPoint.text()).contains("Answer the circulated Terms of Reference");
            contactPoint.clickButton("Open the proposal");
            assertThat(contactPoint.text()).contains("Your answer on version 1", "Due by", "The Group meets once a year.");

            contactPoint.check(By.cssSelector("input[name=answer][value=COMMENTS]")).clickButton("Send the answer");
            assertThat(contactPoint.text(By.id("answer-comment-error"))).contains("is required with COMMENTS");
            assertThat(contactPoint.all(By.cssSelector("input[name=answer][value=COMMENTS]")).get(0).isSelected())
                    .as("the answer chosen is kept").isTrue();
            contactPoint.type("answer-comment", "Meet twice a year, once virtually.").clickButton("Send the answer");
            assertThat(contactPoint.text()).contains("The answer of Japan is recorded.")
                    .doesNotContain("Your answer on version 1");
            contactPoint.click(By.cssSelector("details summary"));
            assertThat(contactPoint.text()).contains("Meet twice a year, once virtually.");
            contactPoint.screenshot("1-answered");
        }
    }

    @Test
    void theAssessorGoesAgainstTheEligibilityTableOnlyWithAReasonThatTheTimelineKeeps() {
        String reference = laboratories.waitingForAssessment("CHN", LocalDate.now().plusMonths(3));
        try (Browser assessor = Browser.open(port, "assessment-assessor").logIn("assessor")) {
            assessor.visit("/tasks?sort=created,desc")
                    .click(By.xpath("//tr[td[contains(., '" + reference + "')]]//a"));
            assertThat(assessor.text()).contains("The eligibility check suggests: Not eligible", "Not eligible",
                    "Assess the laboratory");

            assessor.check(By.cssSelector("input[name=decision][value=ELIGIBLE]")).clickButton("Record the decision");
            assertThat(assessor.text(By.id("decision"))).contains("Reason: is required to decide ELIGIBLE against"
                    + " the eligibility check");
            assessor.screenshot("1-reason-required");
            assessor.check(By.cssSelector("input[name=decision][value=ELIGIBLE]"))
                    .type("reason", "A renewal of the accreditation is under way and due next month.")
                    .clickButton("Record the decision");
            assertThat(assessor.text(By.id("decision"))).contains("Done", reference);

            assessor.visit("/proposals/" + reference);
            assertThat(assessor.text()).contains("overriding the eligibility check",
                    "A renewal of the accreditation is under way", "awaiting the contact points' review");
            assessor.screenshot("2-overridden");
        }
    }

    @Test
    void anotherMemberAdministrationNeverReachesADraftByItsAddress() {
        String reference;
        try (Browser member = Browser.open(port, "isolation-member").logIn("member")) {
            member.visit("/nominations/new").type("title", "Japan as host of a regional entity")
                    .choose("submittingMember", "JPN").choose("seat.code", "RILO-AP-HOST")
                    .date("term.from", LocalDate.of(2028, 1, 1))
                    .date("term.to", LocalDate.of(2030, 12, 31)).choose("nominatedMember", "JPN")
                    .type("supportingStatement", "Japan offers its training centre.").clickButton("Save the draft");
            reference = member.path().replace("/proposals/", "");
        }
        TestUsers.ensure(identity, "au-member", "member", "member-AUS");
        try (Browser australia = Browser.open(port, "isolation-other-member").logIn("au-member")) {
            for (String address : new String[] {"/proposals/" + reference, "/nominations/" + reference + "/edit",
                    "/proposals/" + reference + "/submit", "/proposals/" + reference + "/withdraw"}) {
                australia.visit(address);
                assertThat(australia.text()).as(address).contains("Not found",
                        "There is no proposal " + reference + " that you can see.");
            }
            australia.screenshot("1-not-found");
            australia.visit("/proposals?q=regional+entity");
            assertThat(australia.text()).doesNotContain(reference);
        }
    }

    @Test
    void thePortalSpeaksFrenchOnceChosenAndRemembersIt() {
        TestUsers.ensure(identity, "fr-member", "member", "member-KHM");
        try (Browser member = Browser.open(port, "french-member").logIn("fr-member")) {
            member.clickButton("Français");
            assertThat(member.language()).isEqualTo("fr");
            assertThat(member.text()).contains("Propositions", "Ce qui vous attend", "Rédiger une candidature");

            member.clickButton("Rédiger une candidature").clickButton("Enregistrer le brouillon");
            assertThat(member.text()).contains("Veuillez corriger ce qui suit", "ne doit pas être vide");
            member.screenshot("1-form");
        }
        try (Browser again = Browser.open(port, "french-member-again").logIn("fr-member")) {
            assertThat(again.language()).as("the choice is remembered for the user").isEqualTo("fr");
            assertThat(again.text()).contains("Accueil");
        }
    }

    @Test
    void theSecretariatRecordsTheCouncilsElectionAndEveryoneSeesTheNewHolderInTheRegister() {
        String reference = nominations.endorsed("JPN", "POLICY-COMMISSION", LocalDate.of(2044, 7, 1));
        // Endorsed today (the meeting gave no day), so the Council's election is recorded as of today.
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        try (Browser secretariat = Browser.open(port, "election-secretariat").logIn("secretariat")) {
            secretariat.visit("/proposals/" + reference);
            assertThat(secretariat.text()).contains("Policy Commission", "5 places for the region", "WCO Council",
                    "Record the WCO Council's election");
            secretariat.click(By.cssSelector("input[name=outcome][value=ELECTED]"))
                    .type("session", "147th/148th Council Sessions").date("decidedOn", today)
                    .clickButton("Record the election");
            assertThat(secretariat.text()).contains("The election of " + reference + " is recorded.", "Elected",
                    "Elected by the WCO Council at its 147th/148th Council Sessions on " + inWords(today) + ".");
            secretariat.screenshot("1-elected");
        }
        try (Browser member = Browser.open(port, "election-member").logIn("member")) {
            member.visit("/").click(By.linkText("Register"));
            assertThat(member.path()).isEqualTo("/register/representation");
            assertThat(member.text(By.id("POLICY-COMMISSION"))).contains("Policy Commission", "5 places for the region",
                    "terms of one year", "elected by the WCO Council", "Japan", "1 July 2044 to 30 June 2045",
                    reference, "elected at the 147th/148th Council Sessions on " + inWords(today));
            assertThat(member.text(By.id("VICE-CHAIR"))).contains("Hong Kong, China", "1 July 2024 to 30 June 2026",
                    "recorded from before Endorse");
            assertThat(member.text()).contains("Regional entities and their hosts", "ROCB A/P", "Thailand");
            member.screenshot("2-register");
        }
    }

    @Test
    void theChairEndorsesASlateForTheFinanceCommitteeTogetherFromTheConsole() {
        LocalDate term = LocalDate.of(2075, 7, 1);
        List<String> slate = List.of(nominations.awaitingEndorsementFor("IDN", "FINANCE-COMMITTEE", term),
                nominations.awaitingEndorsementFor("JPN", "FINANCE-COMMITTEE", term),
                nominations.awaitingEndorsementFor("CHN", "FINANCE-COMMITTEE", term));
        HttpApi secretariat = HttpApi.as(port, "secretariat");
        String meeting = "/meetings/" + secretariat.post("/api/meetings", Map.of("type",
                "HEADS_OF_CUSTOMS_CONFERENCE", "number", 75, "startDate", "2075-04-14", "endDate", "2075-04-15",
                "timeZone", "Asia/Tokyo", "hostMember", "JPN", "chair", "chair", "mode", "IN_PERSON")).json()
                .get("id").asText();
        assertThat(secretariat.put("/api" + meeting + "/agenda", Map.of("references", slate)).code()).isEqualTo(200);
        assertThat(secretariat.post("/api" + meeting + "/circulate").code()).isEqualTo(200);
        assertThat(secretariat.post("/api" + meeting + "/open").code()).isEqualTo(200);
        try (Browser chair = Browser.open(port, "slate-chair").logIn("chair")) {
            chair.visit(meeting + "/console");
            assertThat(chair.text()).contains("Nominations: Finance Committee, 4 places, 2075-07-01 to 2076-06-30",
                    "Endorse 3 candidates together, as a slate");
            chair.choose("slate-day-0", "2075-04-15").clickButton("Endorse the checked candidates");
            assertThat(chair.text()).contains("Endorsed together: 3");
            chair.screenshot("1-slate");
        }
        for (String reference : slate) {
            JsonNode endorsed = HttpApi.as(port, "member").get("/api/proposals/" + reference).json();
            assertThat(endorsed.get("status").asText()).isEqualTo("ENDORSED");
        }
    }

    private static String inWords(LocalDate day) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.ENGLISH).format(day);
    }

    @Test
    void pagesFitAPhonesWidth() {
        try (Browser phone = Browser.open(port, "phone", 390).logIn("member")) {
            for (String page : new String[] {"/", "/proposals", "/nominations/new", "/meetings", "/tasks",
                    "/register/representation", "/register/terms/history", "/calls"}) {
                phone.visit(page);
                assertThat(phone.fitsTheWidth()).as(page + " needs no sideways scrolling").isTrue();
            }
            phone.visit("/").screenshot("1-home");
        }
    }
}
