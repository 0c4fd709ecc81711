package com.aidloop.identification.application.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Hostile evidence is refused with its reason; photos are kept re-encoded from their pixels. */
class EvidenceFileTests {

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static EvidenceFile accept(byte[] content) throws IOException {
        return EvidenceFile.accept(content.length, () -> content);
    }

    @Test
    void aPhotoIsKeptReEncodedWithoutWhatTrailedIt() throws IOException {
        byte[] photo = png();
        byte[] withHidden = new byte[photo.length + 20];
        System.arraycopy(photo, 0, withHidden, 0, photo.length);
        System.arraycopy("GPS 28.70N 113.58E  ".getBytes(StandardCharsets.US_ASCII), 0, withHidden, photo.length, 20);

        EvidenceFile kept = accept(withHidden);

        assertThat(kept.kind()).isEqualTo(EvidenceFile.Kind.PNG);
        assertThat(new String(kept.content(), StandardCharsets.ISO_8859_1)).doesNotContain("GPS");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(kept.content()))
                                .getRGB(3, 4)
                        & 0xFFFFFF)
                .isEqualTo(0xFF0000);
    }

    @Test
    void anSvgWithScriptIsRefused() {
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> accept(svg)).hasMessage("identification.evidence.svg");
    }

    @Test
    void aRenamedExecutableIsRefused() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';

        assertThatThrownBy(() -> accept(exe)).hasMessage("identification.evidence.executable");
    }

    @Test
    void aFileOf50MegabytesIsRefusedBeforeItIsRead() {
        assertThatThrownBy(() -> EvidenceFile.accept(50L * 1024 * 1024, () -> {
                    throw new AssertionError("read although too large");
                }))
                .isInstanceOf(EvidenceRefused.class)
                .hasMessage("identification.evidence.tooLarge");
    }

    @Test
    void aPdfWithJavaScriptIsRefusedAndAPlainPdfKept() throws IOException {
        byte[] scripted = "%PDF-1.4\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] plain = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> accept(scripted)).hasMessage("identification.evidence.pdfScript");
        assertThat(accept(plain).kind()).isEqualTo(EvidenceFile.Kind.PDF);
    }

    @Test
    void textCalledAPhotoIsRefused() {
        assertThatThrownBy(() -> accept("hello".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("identification.evidence.type");
    }
}
