package org.endorse.document;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.endorse.security.EndorseUser;
import org.endorse.system.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A file sent as a download: with the type detected from its bytes, as an attachment under its name (RFC 6266: a
 * plain ASCII name, and the exact one encoded in UTF-8), never sniffed by the browser, and with its SHA-256 as
 * its ETag, so that a client that has it is answered 304. The bytes go out a chunk at a time.
 */
@Component
public class FileDownloads {

    private final Documents documents;
    private final PreviewImages previews;

    FileDownloads(Documents documents, PreviewImages previews) {
        this.documents = documents;
        this.previews = previews;
    }

    /** The first page of a PDF the user may download, as a PNG; 404 while it has none. */
    public ResponseEntity<byte[]> preview(EndorseUser user, long id, String language, Integer revision) {
        DocumentFile file = documents.downloadable(user, id, language, revision);
        byte[] image = previews.of(file.getId())
                .orElseThrow(() -> new NotFoundException("error.document.noPreview", file.getFileName()));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(image);
    }

    public void send(DocumentFile file, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String etag = "\"" + file.getSha256() + "\"";
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        String known = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (known != null && (known.contains(etag) || known.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.getMediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(file.getFileName()));
        response.setContentLengthLong(file.getSizeBytes());
        documents.download(file, response.getOutputStream());
    }

    /** RFC 6266: {@code attachment; filename="..."; filename*=UTF-8''...}. */
    static String attachment(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
