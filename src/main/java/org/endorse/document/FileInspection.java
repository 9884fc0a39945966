package org.endorse.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.endorse.system.InvalidFieldException;
import org.springframework.stereotype.Component;

/**
 * Whether an uploaded file may be stored: a name without control characters or path separators, some bytes, and a
 * type read from those bytes (never from the name or the request's header) by Tika's detectors, among the accepted
 * types, with no macros inside. Its name then ends as its type does: a PDF sent as letter.docx is letter.pdf.
 */
@Component
class FileInspection {

    private final DocumentSettings settings;
    private final Detector detector;
    private final MimeTypes types;

    FileInspection(DocumentSettings settings) {
        this.settings = settings;
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.detector = tika.getDetector();
        this.types = tika.getMimeRepository();
    }

    InspectedFile inspect(Upload upload) {
        String name = checkedName(upload.fileName());
        if (upload.size() == 0) {
            throw new InvalidFieldException(UploadReader.FILE_FIELD, "error.document.empty", name);
        }
        String type = detect(upload.file());
        // Tika names an Office file with macros by its own type (…macroenabled.12), whatever its name says; a
        // package that holds macros under another type is found by its entries.
        if (type.contains("macroenabled") || (isZip(upload.file()) && holdsMacros(upload.file(), name))) {
            throw new InvalidFieldException(UploadReader.FILE_FIELD, "error.document.macros", name);
        }
        if (!settings.acceptedTypes().contains(type)) {
            throw new InvalidFieldException(UploadReader.FILE_FIELD, "error.document.typeRefused", name, type);
        }
        return new InspectedFile(upload.file(), namedAsItsType(name, type), upload.size(), type, upload.sha256());
    }

    /** The name as sent, without any folder a browser may add; refused with control characters or separators. */
    static String checkedName(String given) {
        if (given == null || given.isBlank()) {
            throw new InvalidFieldException(UploadReader.FILE_FIELD, "error.document.noName");
        }
        String name = given.strip();
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
            throw new InvalidFieldException(UploadReader.FILE_FIELD, "error.document.nameControl");
        }
        if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            throw new InvalidFieldException(UploadReader.FILE_FIELD, "error.document.nameSeparator", name);
        }
        if (name.length() > 200) {
            throw new InvalidFieldException(UploadReader.FILE_FIELD, "error.document.nameLength", 200);
        }
        return name;
    }

    String detect(Path file) {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file " + file + " to detect its type", e);
        }
    }

    /** Whether the file is a zip package (PK\3\4), as Office Open XML and OpenDocument files are. */
    static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4);
            return start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file " + file, e);
        }
    }

    /** A vbaProject.bin anywhere (Office Open XML), or Basic/ or Scripts/ entries (OpenDocument). */
    static boolean holdsMacros(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName().toLowerCase(Locale.ROOT);
                if (entry.endsWith("vbaproject.bin") || entry.startsWith("basic/") || entry.startsWith("scripts/")) {
                    return true;
                }
            }
            return false;
        } catch (IOException unreadable) {
            // Detected as a package, yet not a zip Java can read: not stored, since it cannot be checked.
            throw new InvalidFieldException(UploadReader.FILE_FIELD, "error.document.unreadablePackage",
                    name);
        }
    }

    private String namedAsItsType(String name, String type) {
        String extension;
        try {
            extension = types.forName(type).getExtension();
        } catch (MimeTypeException unknown) {
            return name;
        }
        if (extension.isEmpty() || name.toLowerCase(Locale.ROOT).endsWith(extension)
                || (type.equals("image/jpeg") && name.toLowerCase(Locale.ROOT).endsWith(".jpeg"))) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem + extension;
    }
}
