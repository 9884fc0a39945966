package org.endorse.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.endorse.ApiSteps;
import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.endorse.TestFiles;
import org.endorse.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A proposal's documents as a client of the API meets them: added, read, downloaded, given a French version and
 * revisions, withdrawn, each in the timeline; refused, with a message naming what is wrong and nothing stored, when
 * the file is not what Endorse takes; and read only by whoever may read the proposal. No scanner is configured here
 * (MalwareScanningTest runs a real clamd): files are stored unscanned, and said to be.
 */
@EndorseTest
class ProposalDocumentsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UploadReader uploads;
    @Autowired
    Documents documentService;

    HttpApi member;
    HttpApi otherMember;
    HttpApi secretariat;
    String reference;

    @BeforeEach
    void draftANomination() {
        TestUsers.ensure(identity, "au-member", "member", "member-AUS");
        member = HttpApi.as(port, "member");
        otherMember = HttpApi.as(port, "au-member");
        secretariat = HttpApi.as(port, "secretariat");
        HttpApi.Response drafted = member.post("/api/nominations", ApiSteps.NOMINATION);
        assertThat(drafted.code()).as(drafted.body()).isEqualTo(201);
        reference = drafted.json().get("reference").asText();
    }

    @Test
    void drafterAddsALetterThatIsListedDownloadedAsSentAndRecordedInTheTimeline() throws Exception {
        byte[] letter = TestFiles.pdf("Letter of nomination of Japan");
        HttpApi.Response added = member.upload(documents(), Map.of("title", "Letter from the Commissioner",
                "kind", "LETTER_OF_NOMINATION", "language", "en"), "Letter é.pdf", letter);

        assertThat(added.code()).as(added.body()).isEqualTo(201);
        JsonNode document = added.json();
        assertThat(document.get("title").asText()).isEqualTo("Letter from the Commissioner");
        assertThat(document.get("kindName").asText()).isEqualTo("Letter of nomination");
        assertThat(document.get("scanned").asBoolean()).isFalse();
        JsonNode file = document.get("files").get(0);
        assertThat(file.get("name").asText()).isEqualTo("Letter é.pdf");
        assertThat(file.get("size").asLong()).isEqualTo(letter.length);
        assertThat(file.get("type").asText()).isEqualTo("application/pdf");
        assertThat(file.get("sha256").asText()).isEqualTo(sha256(letter));
        assertThat(file.get("addedBy").asText()).isEqualTo("member");
        assertThat(file.get("state").asText()).isEqualTo("NOT_SCANNED");

        HttpApi.Bytes download = member.download(file.get("download").asText());
        assertThat(download.code()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(letter);
        assertThat(download.headers().getContentType()).hasToString("application/pdf");
        assertThat(download.headers().getFirst("Content-Disposition")).isEqualTo(
                "attachment; filename=\"Letter _.pdf\"; filename*=UTF-8''Letter%20%C3%A9.pdf");
        assertThat(download.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.headers().getETag()).isEqualTo("\"" + sha256(letter) + "\"");
        assertThat(member.download(file.get("download").asText(), "If-None-Match", download.headers().getETag())
                .code()).isEqualTo(304);

        JsonNode proposal = member.get("/api/proposals/" + reference).json();
        assertThat(proposal.get("documents")).hasSize(1);
        assertThat(timeline(proposal)).contains(
                "DOCUMENT_ADDED Letter of nomination \"Letter from the Commissioner\": Letter é.pdf (English)");
    }

    @Test
    void aFrenchVersionAndTwoRevisionsAreKeptAndTheCurrentOneIsServed() {
        long id = add("Curriculum vitae of the candidate", "CURRICULUM_VITAE", "en", "cv.pdf", TestFiles.pdf("CV"));
        HttpApi.Response french = member.upload("/api/documents/" + id + "/files", Map.of("language", "fr"),
                "cv-fr.pdf", TestFiles.pdf("CV en francais"));
        assertThat(french.code()).as(french.body()).isEqualTo(200);
        assertThat(member.upload("/api/documents/" + id + "/files", Map.of("language", "fr"), "cv-fr-2.pdf",
                TestFiles.pdf("CV encore")).code()).isEqualTo(409);

        byte[] revised = TestFiles.pdf("CV, revised");
        HttpApi.Response revision = member.upload("/api/documents/" + id + "/revisions", Map.of("language", "en"),
                "cv-rev1.pdf", revised);
        assertThat(revision.code()).as(revision.body()).isEqualTo(200);
        assertThat(revision.json().get("revision").asInt()).isEqualTo(1);
        assertThat(revision.json().get("revisionLabel").asText()).isEqualTo("Rev.1");
        assertThat(revision.json().get("files")).extracting(f -> f.get("revision").asInt() + " "
                + f.get("language").asText()).containsExactly("1 en", "0 en", "0 fr");

        assertThat(member.download("/api/documents/" + id + "/files/en").body()).isEqualTo(revised);
        assertThat(member.download("/api/documents/" + id + "/files/fr").code()).isEqualTo(404);
        assertThat(member.download("/api/documents/" + id + "/files/fr?revision=0").code()).isEqualTo(200);
        assertThat(timeline(member.get("/api/proposals/" + reference).json())).contains(
                "DOCUMENT_ADDED Curriculum vitae \"Curriculum vitae of the candidate\", French version: cv-fr.pdf",
                "DOCUMENT_REVISED Curriculum vitae \"Curriculum vitae of the candidate\" revised (Rev.1): cv-rev1.pdf"
                        + " (English)");
    }

    @Test
    void twoRevisionsSentAtOnceAreBothKeptOneAfterTheOther() throws Exception {
        long id = add("Letter", "LETTER_OF_NOMINATION", "en", "letter.pdf", TestFiles.pdf("Letter"));
        Callable<HttpApi.Response> revise = () -> member.upload("/api/documents/" + id + "/revisions",
                Map.of("language", "en"), "letter.pdf", TestFiles.pdf("Letter revised"));

        List<HttpApi.Response> answers = ApiSteps.atOnce(2, revise);

        assertThat(answers).extracting(HttpApi.Response::code).containsOnly(200);
        JsonNode document = member.get("/api/documents/" + id).json();
        assertThat(document.get("revision").asInt()).isEqualTo(2);
        assertThat(document.get("files")).extracting(f -> f.get("revision").asInt()).containsExactly(2, 1, 0);
    }

    @Test
    void aWithdrawnDocumentStaysInTheRecordMarkedWithItsReason() {
        long id = add("Wrong letter", "LETTER_OF_NOMINATION", "en", "wrong.pdf", TestFiles.pdf("Wrong"));

        HttpApi.Response withdrawn = member.post("/api/documents/" + id + "/withdraw",
                Map.of("reason", "Added to the wrong nomination"));

        assertThat(withdrawn.code()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("withdrawn").get("reason").asText()).isEqualTo("Added to the wrong nomination");
        assertThat(member.get("/api/proposals/" + reference + "/documents").json()).hasSize(1);
        assertThat(withdrawn.json().get("files").get(0).get("download")).isNull();
        assertThat(member.download("/api/documents/" + id + "/files/en").code()).isEqualTo(409);
        assertThat(member.post("/api/documents/" + id + "/withdraw", Map.of("reason", "again")).code())
                .isEqualTo(409);
        assertThat(timeline(member.get("/api/proposals/" + reference).json())).contains(
                "DOCUMENT_WITHDRAWN Letter of nomination \"Wrong letter\" withdrawn: Added to the wrong nomination");
    }

    @Test
    void anotherMembersUsersNeitherReadNorAddDocumentsOfADraft() {
        long id = add("Letter", "LETTER_OF_NOMINATION", "en", "letter.pdf", TestFiles.pdf("Letter"));

        assertThat(otherMember.get("/api/documents/" + id).code()).isEqualTo(404);
        assertThat(otherMember.download("/api/documents/" + id + "/files/en").code()).isEqualTo(404);
        assertThat(otherMember.get(documents()).code()).isEqualTo(404);
        assertThat(otherMember.upload(documents(), Map.of("title", "Mine", "kind", "REPORT", "language", "en"),
                "mine.pdf", TestFiles.pdf("Mine")).code()).isEqualTo(404);
        assertThat(otherMember.upload("/api/documents/" + id + "/revisions", Map.of("language", "en"), "mine.pdf",
                TestFiles.pdf("Mine")).code()).isEqualTo(404);
        assertThat(otherMember.post("/api/documents/" + id + "/withdraw", Map.of("reason", "mine")).code())
                .isEqualTo(404);
        // Staff see submitted proposals only: a draft's documents are its member's alone.
        assertThat(secretariat.get("/api/documents/" + id).code()).isEqualTo(404);
    }

    @Test
    void aPdfNamedAsAWordFileIsStoredAsThePdfItIs() {
        HttpApi.Response added = member.upload(documents(), Map.of("title", "Letter", "kind", "LETTER_OF_NOMINATION",
                "language", "en"), "letter.docx", TestFiles.pdf("A PDF in disguise"));

        assertThat(added.code()).as(added.body()).isEqualTo(201);
        JsonNode file = added.json().get("files").get(0);
        assertThat(file.get("type").asText()).isEqualTo("application/pdf");
        assertThat(file.get("name").asText()).isEqualTo("letter.pdf");
    }

    @Test
    void wordOpenDocumentImagesAndTextAreTaken() {
        assertThat(member.upload(documents(), fields(), "letter.docx", TestFiles.docx("Letter")).json()
                .get("files").get(0).get("type").asText())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(member.upload(documents(), fields(), "photo.png", TestFiles.png()).json().get("files").get(0)
                .get("type").asText()).isEqualTo("image/png");
        assertThat(member.upload(documents(), fields(), "notes.txt", "Plain notes".getBytes(StandardCharsets.UTF_8))
                .json().get("files").get(0).get("type").asText()).isEqualTo("text/plain");
    }

    @Test
    void filesEndorseDoesNotTakeAreRefusedByNameWithNothingStored() {
        Integer before = storedFiles();

        assertRefused(member.upload(documents(), fields(), "letter.docx", TestFiles.docm("Macros")),
                "holds macros");
        assertRefused(member.upload(documents(), fields(), "letter.docx", TestFiles.docxHidingMacros("Macros")),
                "holds macros");
        assertRefused(member.upload(documents(), fields(), "page.pdf", TestFiles.html()), "text/html");
        assertRefused(member.upload(documents(), fields(), "logo.png", TestFiles.svg()), "image/svg+xml");
        assertRefused(member.upload(documents(), fields(), "papers.pdf", TestFiles.zip()), "application/zip");
        assertRefused(member.upload(documents(), fields(), "letter.pdf", TestFiles.exe()), "type Endorse does not take");
        assertRefused(member.upload(documents(), fields(), "empty.pdf", new byte[0]), "is empty");
        assertRefused(member.upload(documents(), fields(), "../../etc/passwd", TestFiles.pdf("x")),
                "path separator");
        assertRefused(member.upload(documents(), fields(), "\u0007\u0008\u001b.pdf", TestFiles.pdf("x")),
                "control characters");
        assertRefused(member.upload(documents(), Map.of("title", "Letter", "kind", "BANKNOTE", "language", "en"),
                "letter.pdf", TestFiles.pdf("x")), "kind", "Choose one of");
        assertRefused(member.upload(documents(), Map.of("title", "Letter", "kind", "REPORT", "language", "de"),
                "letter.pdf", TestFiles.pdf("x")), "language", "Choose one of");
        assertRefused(member.upload(documents(), Map.of("kind", "REPORT", "language", "en"), "letter.pdf",
                TestFiles.pdf("x")), "title", "title");

        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNoMultipartUploadOrIsCutShortIsRefusedWithWhatToSend() {
        assertRefused(member.postForm(documents(), Map.of("title", "Letter")), "multipart/form-data");
        byte[] cutShort = ("--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n"
                + "%PDF-1.4 and no end").getBytes(StandardCharsets.US_ASCII);
        assertRefused(member.postRaw(documents(), "multipart/form-data; boundary=cut", cutShort),
                "could not be read");
        assertRefused(member.postRaw(documents(), "multipart/form-data", cutShort), "could not be read");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitAndNothingStored() {
        Integer before = storedFiles();

        HttpApi.Response tooLarge = member.upload(documents(), fields(), "annex.pdf",
                TestFiles.pdfOfSize(26 * 1024 * 1024));

        assertThat(tooLarge.code()).isEqualTo(413);
        assertThat(tooLarge.json().get("detail").asText()).contains("at most 25 MB");
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void aFileJustUnderTheLimitIsStoredInChunksAndComesBackWhole() throws Exception {
        byte[] annex = TestFiles.pdfOfSize(25 * 1024 * 1024 - 4096);

        HttpApi.Response added = member.upload(documents(), fields(), "annex.pdf", annex);

        assertThat(added.code()).as(added.body()).isEqualTo(201);
        long fileId = added.json().get("files").get(0).get("id").asLong();
        assertThat(jdbc.queryForObject("select max(length(c.bytes)) from document_chunk c join document_file f on"
                + " f.content_key = c.content_key where f.id = ?", Integer.class, fileId))
                .isEqualTo(DatabaseFileStore.CHUNK_BYTES);
        byte[] back = member.download(added.json().get("files").get(0).get("download").asText()).body();
        assertThat(sha256(back)).isEqualTo(sha256(annex));
    }

    @Test
    void aPdfGetsAPreviewOfItsFirstPageRenderedByAJob() {
        HttpApi.Response added = member.upload(documents(), fields(), "letter.pdf", TestFiles.pdf("Preview me"));
        JsonNode file = added.json().get("files").get(0);
        assertThat(file.get("preview")).isNull();

        String check = runtime.createProcessInstanceQuery().processDefinitionKey(DocumentCheckProcess.KEY)
                .processInstanceBusinessKey(DocumentChecks.businessKey(file.get("id").asLong())).singleResult()
                .getId();
        Job render = management.createJobQuery().processInstanceId(check).singleResult();
        management.executeJob(render.getId());

        JsonNode rendered = member.get("/api/documents/" + added.json().get("id").asText()).json().get("files").get(0);
        HttpApi.Bytes preview = member.download(rendered.get("preview").asText());
        assertThat(preview.code()).isEqualTo(200);
        assertThat(preview.headers().getContentType()).hasToString("image/png");
        assertThat(new String(preview.body(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @Test
    void aProposalPastItsLastStepTakesNoMoreDocuments() {
        assertThat(member.post("/api/proposals/" + reference + "/withdraw", Map.of("reason", "Not this year"))
                .code()).isEqualTo(200);

        assertThat(member.upload(documents(), fields(), "late.pdf", TestFiles.pdf("Late")).code()).isEqualTo(409);
    }

    @Test
    void aClientThatGoesAwayMidUploadLeavesNothingStoredNorOnDisk() throws Exception {
        Integer before = storedFiles();
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            java.io.OutputStream out = socket.getOutputStream();
            String start = "--cut\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nLetter\r\n"
                    + "--cut\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nREPORT\r\n"
                    + "--cut\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nen\r\n"
                    + "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"letter.pdf\"\r\n\r\n";
            out.write(("POST " + documents() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                    + java.util.Base64.getEncoder().encodeToString("member:demo".getBytes(StandardCharsets.UTF_8))
                    + "\r\nContent-Type: multipart/form-data; boundary=cut\r\nContent-Length: " + 20_000_000
                    + "\r\n\r\n" + start).getBytes(StandardCharsets.ISO_8859_1));
            out.write(TestFiles.pdfOfSize(3 * 1024 * 1024));
            out.flush();
        }

        // The server reads on until it finds the client gone, then drops what it had.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(uploadsWaitingOnDisk()).isZero());
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(member.get(documents()).json()).isEmpty();
    }

    @Test
    void bytesNoFileClaimedAreForgottenOnceTheyAreAnHourOld() {
        java.time.Instant now = java.time.Instant.now();
        for (String[] orphan : new String[][] {{"old-orphan", "PT2H"}, {"recent-orphan", "PT5M"}}) {
            jdbc.update("insert into document_chunk (content_key, sequence, bytes, written_at) values (?, 0, ?, ?)",
                    orphan[0], new byte[] {1, 2, 3}, java.sql.Timestamp.from(now.minus(java.time.Duration.parse(
                            orphan[1]))));
        }
        long claimed = add("Letter", "LETTER_OF_NOMINATION", "en", "letter.pdf", TestFiles.pdf("Letter"));

        documentService.forgetUnclaimedBytes();

        assertThat(jdbc.queryForList("select content_key from document_chunk where content_key like '%orphan'",
                String.class)).containsExactly("recent-orphan");
        assertThat(member.download("/api/documents/" + claimed + "/files/en").code()).isEqualTo(200);
    }

    @Test
    void onlyAnAdministratorPurgesAFileAndThePurgeIsRecorded() {
        long id = add("Letter with a personal address", "LETTER_OF_NOMINATION", "en", "letter.pdf",
                TestFiles.pdf("Letter"));
        long fileId = member.get("/api/documents/" + id).json().get("files").get(0).get("id").asLong();
        assertThat(member.post("/api/documents/files/" + fileId + "/purge", Map.of("reason", "mine")).code())
                .isEqualTo(403);

        HttpApi.Response purged = HttpApi.as(port, "admin").post("/api/documents/files/" + fileId + "/purge",
                Map.of("reason", "Holds a personal address sent by mistake"));

        assertThat(purged.code()).as(purged.body()).isEqualTo(200);
        JsonNode file = member.get("/api/documents/" + id).json().get("files").get(0);
        assertThat(file.get("state").asText()).isEqualTo("PURGED");
        assertThat(file.get("download")).isNull();
        assertThat(member.download("/api/documents/" + id + "/files/en").code()).isEqualTo(409);
        assertThat(jdbc.queryForMap("select purged_by, purge_reason from document_file where id = ?", fileId))
                .containsEntry("PURGED_BY", "admin")
                .containsEntry("PURGE_REASON", "Holds a personal address sent by mistake");
        assertThat(chunksOf(fileId)).isZero();
        assertThat(timeline(member.get("/api/proposals/" + reference).json())).anyMatch(entry -> entry.startsWith(
                "DOCUMENT_PURGED") && entry.endsWith("purged by an administrator: Holds a personal address sent by"
                + " mistake"));
    }

    private Integer chunksOf(long fileId) {
        return jdbc.queryForObject("select count(*) from document_chunk c join document_file f on f.content_key ="
                + " c.content_key where f.id = ?", Integer.class, fileId);
    }

    private long uploadsWaitingOnDisk() throws java.io.IOException {
        java.nio.file.Path directory = uploads.directory();
        if (!java.nio.file.Files.isDirectory(directory)) {
            return 0;
        }
        try (var files = java.nio.file.Files.list(directory)) {
            return files.count();
        }
    }

    private long add(String title, String kind, String language, String name, byte[] content) {
        HttpApi.Response added = member.upload(documents(), Map.of("title", title, "kind", kind, "language", language),
                name, content);
        assertThat(added.code()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    private static Map<String, String> fields() {
        return Map.of("title", "Annex", "kind", "INFORMATION_DOCUMENT", "language", "en");
    }

    private String documents() {
        return "/api/proposals/" + URLEncoder.encode(reference, StandardCharsets.UTF_8) + "/documents";
    }

    private static void assertRefused(HttpApi.Response response, String words) {
        assertRefused(response, "file", words);
    }

    private static void assertRefused(HttpApi.Response response, String field, String words) {
        assertThat(response.code()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"").contains(words);
    }

    private Integer storedFiles() {
        return jdbc.queryForObject("select count(*) from document_file", Integer.class);
    }

    private static List<String> timeline(JsonNode proposal) {
        return java.util.stream.StreamSupport.stream(proposal.get("timeline").spliterator(), false)
                .map(entry -> entry.get("type").asText() + " " + (entry.has("note") ? entry.get("note").asText() : ""))
                .toList();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
