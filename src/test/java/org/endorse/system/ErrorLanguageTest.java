package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What Endorse refuses, it says in its reader's language: English, unless the request asks for French. */
@EndorseTest
class ErrorLanguageTest {

    @LocalServerPort
    int port;

    HttpApi member;

    @BeforeEach
    void setUp() {
        member = HttpApi.as(port, "member");
    }

    @Test
    void fieldRefusedByEndorseIsExplainedInEnglishUnlessFrenchIsAsked() {
        Map<String, Object> reversedTerm = nomination("2029-06-30", "2027-07-01");

        HttpApi.Response english = member.post("/api/nominations", reversedTerm);
        assertThat(english.code()).isEqualTo(400);
        assertThat(english.json().get("title").asText()).isEqualTo("Invalid request");
        assertThat(english.json().at("/errors/0/field").asText()).isEqualTo("term.to");
        assertThat(english.json().at("/errors/0/message").asText()).isEqualTo("must be after term.from (2029-06-30)");
        assertThat(english.json().get("detail").asText()).isEqualTo("term.to must be after term.from (2029-06-30)");

        HttpApi.Response french = member.inLanguage("fr").post("/api/nominations", reversedTerm);
        assertThat(french.code()).isEqualTo(400);
        assertThat(french.json().get("title").asText()).isEqualTo("Requête non valide");
        assertThat(french.json().at("/errors/0/field").asText()).isEqualTo("term.to");
        assertThat(french.json().at("/errors/0/message").asText())
                .isEqualTo("doit être postérieur à term.from (2029-06-30)");
    }

    @Test
    void statusInsideARefusalIsTranslatedWithIt() {
        String reference = member.post("/api/nominations", nomination("2027-07-01", "2029-06-30")).json()
                .get("reference").asText();
        assertThat(member.post("/api/proposals/" + reference + "/submit").code()).isEqualTo(200);

        HttpApi.Response english = member.put("/api/nominations/" + reference, nomination("2027-07-01", "2029-06-30"));
        assertThat(english.code()).isEqualTo(409);
        assertThat(english.json().get("detail").asText()).isEqualTo(reference
                + " is submitted, awaiting the secretariat check and can no longer be edited; only drafts, proposals"
                + " returned for amendment and ToRs being revised can.");

        HttpApi.Response french = member.inLanguage("fr").put("/api/nominations/" + reference,
                nomination("2027-07-01", "2029-06-30"));
        assertThat(french.code()).isEqualTo(409);
        assertThat(french.json().get("detail").asText()).isEqualTo(reference
                + " est soumise, en attente du contrôle du secrétariat et ne peut plus être modifiée ; seuls les"
                + " brouillons, les propositions renvoyées pour modification et les mandats en cours de révision"
                + " peuvent l’être.");
    }

    @Test
    void beanValidationSpeaksTheReadersLanguageToo() {
        Map<String, Object> untitled = nomination("2027-07-01", "2029-06-30");
        untitled.put("title", " ");
        assertThat(member.post("/api/nominations", untitled).json().at("/errors/0/message").asText())
                .isEqualTo("must not be blank");
        assertThat(member.inLanguage("fr").post("/api/nominations", untitled).json().at("/errors/0/message").asText())
                .isEqualTo("ne doit pas être vide");
    }

    @Test
    void valueOfTheWrongTypeNamesTheValuesItCanTake() {
        HttpApi.Response english = member.get("/api/proposals?status=APPROVED");
        assertThat(english.code()).isEqualTo(400);
        assertThat(english.json().at("/errors/0/field").asText()).isEqualTo("status");
        assertThat(english.json().at("/errors/0/message").asText())
                .startsWith("cannot be read as one of [DRAFT, SUBMITTED,").endsWith("]: APPROVED");

        Map<String, Object> badDate = nomination("1 July 2027", "2029-06-30");
        assertThat(member.inLanguage("fr").post("/api/nominations", badDate).json().at("/errors/0/message").asText())
                .isEqualTo("ne peut pas être lu comme une date (AAAA-MM-JJ) : 1 July 2027");
    }

    @Test
    void loginIsAskedForInTheReadersLanguage() {
        HttpApi anonymous = HttpApi.anonymous(port);
        assertThat(anonymous.get("/api/proposals").json().get("detail").asText()).startsWith("Log in with");
        HttpApi.Response french = anonymous.inLanguage("fr").get("/api/proposals");
        assertThat(french.code()).isEqualTo(401);
        assertThat(french.json().get("detail").asText()).startsWith("Connectez-vous avec");
    }

    @Test
    void aLanguageEndorseDoesNotSpeakGetsEnglish() {
        HttpApi.Response german = member.inLanguage("de").get("/api/proposals/NOM-1999-0001");
        assertThat(german.code()).isEqualTo(404);
        assertThat(german.json().get("detail").asText())
                .isEqualTo("There is no proposal NOM-1999-0001 that you can see.");
    }

    private static Map<String, Object> nomination(String termFrom, String termTo) {
        String seat = "Finance Committee " + UUID.randomUUID();
        Map<String, Object> body = new HashMap<>();
        body.put("title", "IDN for the " + seat);
        body.put("submittingMember", "IDN");
        body.put("seat", Map.of("code", "ROCB-AP-HOST"));
        body.put("term", Map.of("from", termFrom, "to", termTo));
        body.put("nominatedMember", "IDN");
        body.put("supportingStatement", "Ten years of regional enforcement cooperation.");
        return body;
    }
}
