package org.endorse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real files of every kind a test uploads, made at run time: PDFs, Word documents with and without macros, images,
 * and the kinds Endorse refuses. The EICAR test file (harmless, which every scanner reports as if it were malware)
 * is assembled here too, so that no file of the repository carries it.
 */
public final class TestFiles {

    private TestFiles() {
    }

    /** A one-page PDF saying the text. */
    public static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of about the given size: a page, then a comment that fills it up (readers skip comments). */
    public static byte[] pdfOfSize(int bytes) {
        byte[] page = pdf("A long annex");
        byte[] filled = new byte[Math.max(bytes, page.length + 16)];
        System.arraycopy(page, 0, filled, 0, page.length);
        filled[page.length] = '\n';
        filled[page.length + 1] = '%';
        for (int i = page.length + 2; i < filled.length; i++) {
            filled[i] = (byte) (i % 64 == 63 ? '\n' : 'x');
        }
        return filled;
    }

    /** A Word document (.docx) saying the text. */
    public static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document with macros, as Word saves a .docm (its main part declared macro-enabled), however named. */
    public static byte[] docm(String text) {
        return withVbaProject(text, true);
    }

    /** A Word document whose package holds a VBA project its declared types do not mention. */
    public static byte[] docxHidingMacros(String text) {
        return withVbaProject(text, false);
    }

    private static byte[] withVbaProject(String text, boolean declared) {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx(text)));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (declared && entry.getName().equals("[Content_Types].xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replace(
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                            "application/vnd.ms-word.document.macroEnabled.main+xml").getBytes(StandardCharsets.UTF_8);
                }
                out.write(content);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("word/vbaProject.bin"));
            out.write("Attribute VB_Name = \"ThisDocument\"\nSub AutoOpen()\nEnd Sub\n".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] zip() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("Papers of the meeting".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><head><title>Papers</title></head><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] svg() {
        return "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A Windows executable's first bytes: the DOS header ("MZ") and its PE signature. */
    public static byte[] exe() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    /** The EICAR anti-malware test file, assembled at run time. */
    public static byte[] eicar() {
        String first = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$";
        String second = "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
        return (first + second).getBytes(StandardCharsets.US_ASCII);
    }
}
