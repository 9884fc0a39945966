package org.endorse.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The first page of a PDF as a PNG, rendered by a job once the file may be downloaded: PDFBox reads the file from a
 * temporary copy with its caches on disk (not the heap), and only files up to the preview's size limit, at a width
 * of at most endorse.documents.preview.width-pixels and a height of at most twice that. A PDF that cannot be
 * rendered simply has no preview.
 */
@Component
class Previews {

    private static final Logger log = LoggerFactory.getLogger(Previews.class);

    private final Documents documents;
    private final FileStore store;
    private final PreviewImages images;
    private final DocumentSettings.Preview settings;

    Previews(Documents documents, FileStore store, PreviewImages images, DocumentSettings settings) {
        this.documents = documents;
        this.store = store;
        this.images = images;
        this.settings = settings.preview();
    }

    void render(long fileId) throws IOException {
        DocumentFile file = documents.file(fileId);
        if (!file.getState().isDownloadable() || file.getSizeBytes() > settings.maxFileSize().toBytes()) {
            return;
        }
        Path copy = Files.createTempFile("preview-", ".pdf");
        try {
            try (OutputStream out = Files.newOutputStream(copy)) {
                store.read(file.getContentKey(), out);
            }
            byte[] image = firstPage(copy);
            images.save(fileId, image);
            log.debug("Preview of file {} rendered: {} bytes", fileId, image.length);
        } catch (IOException | RuntimeException unrenderable) {
            log.info("File {} ({}) gets no preview: its first page could not be rendered ({})", fileId,
                    file.getFileName(), unrenderable.toString());
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private byte[] firstPage(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), null, null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            if (document.getNumberOfPages() == 0) {
                throw new IOException("the PDF has no page");
            }
            PDRectangle page = document.getPage(0).getCropBox();
            float scale = Math.min(settings.widthPixels() / page.getWidth(),
                    2f * settings.widthPixels() / page.getHeight());
            BufferedImage image = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        }
    }
}
