package org.endorse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What users typed reaches the log on one line, its control characters written as escapes. */
@EndorseTest
@ExtendWith(OutputCaptureExtension.class)
class LogTextTest {

    @LocalServerPort
    int port;

    @Test
    void lineBreaksAndControlCharactersAreWrittenAsEscapes() {
        assertThat(LogText.escaped("Line one\r\nINFO forged\tline \u001b[31mred\u202e \\n"))
                .isEqualTo("Line one\\r\\nINFO forged\\tline \\u001b[31mred\\u202e \\\\n");
        assertThat(LogText.escaped("Tōkyō, Nouméa: « 東京 »")).isEqualTo("Tōkyō, Nouméa: « 東京 »");
        assertThat(LogText.escaped(null)).isEqualTo("null");
    }

    @Test
    void aTitleWithALineBreakCannotForgeALogLine(CapturedOutput log) {
        String forged = "2026-11-23T09:00:00.000Z ERROR 1 --- [endorse] forged entry " + System.nanoTime();
        HttpApi member = HttpApi.as(port, "member");
        HttpApi.Response drafted = member.post("/api/terms", Map.of("title", "Terms of Reference\n" + forged,
                "submittingMember", "IDN", "governedBody", "Log Group " + System.nanoTime(),
                "text", "1. The Group meets once a year."));
        assertThat(drafted.code()).as(drafted.body()).isEqualTo(201);
        assertThat(member.post("/api/proposals/" + drafted.json().get("reference").asText() + "/submit").code())
                .isEqualTo(200);

        assertThat(log.getOut()).contains("Terms of Reference\\n" + forged).doesNotContain("\n" + forged);
    }
}
