package org.endorse.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.endorse.EndorseTest;
import org.endorse.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a page costs after the first: its styles, scripts and favicon are linked by addresses named after their
 * content and kept by the browser for a year, and what travels is compressed for a browser that asks.
 */
@EndorseTest
class StaticFilesTest {

    private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars|favicon)[^\"]*)\"");

    @LocalServerPort
    int port;

    @Test
    void pagesLinkTheirStylesScriptsAndFaviconByContentAndBrowsersKeepThemForAYear() {
        String home = HttpApi.as(port, "member").getAs("/", "text/html").body();
        List<String> linked = LINKED.matcher(home).results().map(found -> found.group(1)).toList();

        assertThat(linked).hasSize(4).allMatch(address -> address.matches(".*-[0-9a-f]{32}\\.(css|js|ico)"), "named"
                + " by content");
        for (String address : linked) {
            HttpApi.Bytes file = HttpApi.anonymous(port).download(address);
            assertThat(file.code()).as(address).isEqualTo(200);
            assertThat(file.headers().getCacheControl()).as(address).contains("max-age=31536000");
        }
    }

    @Test
    void stylesAndPagesTravelCompressedToABrowserThatAsks() {
        String home = HttpApi.as(port, "member").getAs("/", "text/html").body();
        String css = LINKED.matcher(home).results().map(found -> found.group(1))
                .filter(address -> address.startsWith("/css/")).findFirst().orElseThrow();

        HttpApi.Bytes compressed = HttpApi.anonymous(port).download(css, "Accept-Encoding", "gzip");
        HttpApi.Bytes plain = HttpApi.anonymous(port).download(css);

        assertThat(compressed.headers().getFirst("Content-Encoding")).isEqualTo("gzip");
        assertThat(compressed.body().length).isLessThan(plain.body().length / 2);
        assertThat(HttpApi.as(port, "member").download("/", "Accept-Encoding", "gzip", "Accept", "text/html")
                .headers().getFirst("Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    void theFaviconExistsForEveryone() {
        HttpApi.Bytes icon = HttpApi.anonymous(port).download("/favicon.ico");

        assertThat(icon.code()).isEqualTo(200);
        assertThat(icon.body()).startsWith((byte) 0, (byte) 0, (byte) 1, (byte) 0);
    }
}
