package org.endorse.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.Sha256;
import org.endorse.system.TooLargeException;
import org.springframework.stereotype.Component;

/**
 * Reads a multipart upload as a stream, from the request's body as system.RequestLimits counts it (Tomcat parses
 * no multipart body): its few text fields into memory, its one file ({@value #FILE_FIELD}) straight to a
 * temporary file on disk, summed (SHA-256) and measured as it arrives, and no further than the document limit.
 * Nothing reaches the database while the body is read, so a slow upload holds no connection.
 */
@Component
public class UploadReader {

    public static final String FILE_FIELD = "file";

    /** Longer than any text field of an upload (a title of 300 characters, up to four bytes each). */
    private static final int MOST_FIELD_BYTES = 4096;
    private static final int MOST_PARTS = 20;

    private final DocumentSettings settings;
    private final Path directory;

    UploadReader(DocumentSettings settings) {
        this.settings = settings;
        this.directory = settings.uploadDirectory() != null ? settings.uploadDirectory() : privateTemporaryDirectory();
    }

    /** A directory of the system's temporary one that only this process's user may enter, made for this run. */
    private static Path privateTemporaryDirectory() {
        try {
            return Files.createTempDirectory("endorse-uploads-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a directory for uploads in "
                    + System.getProperty("java.io.tmpdir") + ": set endorse.documents.upload-directory", e);
        }
    }

    /** Where uploads wait on disk while they arrive and are checked. */
    Path directory() {
        return directory;
    }

    /** The upload; the caller closes it, which deletes its file from disk. */
    public Upload read(HttpServletRequest request) throws IOException {
        if (!JakartaServletFileUpload.isMultipartContent(request)) {
            throw new InvalidFieldException(FILE_FIELD, "error.document.notMultipart");
        }
        JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> parser = new JakartaServletFileUpload<>();
        parser.setMaxFileCount(MOST_PARTS);
        Map<String, String> fields = new LinkedHashMap<>();
        Path file = null;
        String fileName = null;
        long size = 0;
        String sha256 = null;
        try {
            FileItemInputIterator parts = parser.getItemIterator(request);
            int count = 0;
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                if (++count > MOST_PARTS) {
                    throw new InvalidFieldException(FILE_FIELD, "error.document.tooManyParts", MOST_PARTS);
                }
                if (part.isFormField()) {
                    fields.put(part.getFieldName(), text(part));
                } else if (FILE_FIELD.equals(part.getFieldName()) && file == null) {
                    // The parser drops control characters from the name it returns: they are looked for as sent.
                    String disposition = part.getHeaders().getHeader("Content-Disposition");
                    if (disposition != null && disposition.chars().anyMatch(c -> c != '\t' && Character.isISOControl(c))) {
                        throw new InvalidFieldException(FILE_FIELD, "error.document.nameControl");
                    }
                    try {
                        fileName = part.getName();
                    } catch (InvalidPathException encodedControl) {
                        // A name encoded (RFC 2231 or 2047) to hold a NUL, which the parser itself refuses.
                        throw new InvalidFieldException(FILE_FIELD, "error.document.nameControl");
                    }
                    file = newTemporaryFile();
                    MessageDigest digest = Sha256.digest();
                    try (InputStream in = part.getInputStream();
                            OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                        size = copyAtMost(in, out, settings.maxFileSize().toBytes());
                    }
                    sha256 = HexFormat.of().formatHex(digest.digest());
                } else {
                    throw new InvalidFieldException(FILE_FIELD, "error.document.oneFile");
                }
            }
        } catch (IOException | RuntimeException failed) {
            if (file != null) {
                Files.deleteIfExists(file);
            }
            if (failed instanceof TooLargeException) {
                drain(request);
            }
            if (failed instanceof FileUploadException unreadable) {
                // No boundary, a part cut short, headers that cannot be read: the sender's fault, said as such (or,
                // past the address's limit, already answered 413 by system.RequestLimits).
                throw new InvalidFieldException(FILE_FIELD, "error.document.unreadableUpload",
                        String.valueOf(unreadable.getMessage()));
            }
            throw failed;
        }
        if (file == null) {
            throw new InvalidFieldException(FILE_FIELD, "error.document.noFile");
        }
        return new Upload(fields, file, fileName, size, sha256);
    }

    private Path newTemporaryFile() throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, OWNER_ONLY);
        }
        return Files.createTempFile(directory, "upload-", ".part");
    }

    private static final FileAttribute<?> OWNER_ONLY = PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rwx------"));

    private String text(FileItemInput part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(MOST_FIELD_BYTES + 1);
            if (bytes.length > MOST_FIELD_BYTES) {
                throw new InvalidFieldException(part.getFieldName(), "error.document.fieldTooLong");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Copies the file, refusing it the moment it passes the document limit. */
    private long copyAtMost(InputStream in, OutputStream out, long most) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            copied += n;
            if (copied > most) {
                throw new TooLargeException("error.document.fileTooLarge", megabytes(most));
            }
            out.write(buffer, 0, n);
        }
        return copied;
    }

    /**
     * Reads what is left of a refused body (no more than its address's limit, which the count enforces), so that
     * its sender, still sending, reads the answer instead of a connection reset.
     */
    private static void drain(HttpServletRequest request) {
        try (InputStream rest = request.getInputStream()) {
            rest.transferTo(OutputStream.nullOutputStream());
        } catch (IOException | IllegalStateException ignored) {
            // Over the address's limit, or the sender gone: the answer is already decided.
        }
    }

    static String megabytes(long bytes) {
        return String.valueOf(bytes / (1024 * 1024));
    }

}
