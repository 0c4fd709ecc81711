package com.aidloop.identification.application.domain;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Evidence as it is kept: a photo re-encoded from its pixels (so EXIF, GPS and anything hidden in
 * the file are gone) or a PDF without scripts. The type is told by the content, never by the
 * name; anything else is refused with its reason.
 */
public record EvidenceFile(Kind kind, byte[] content) {

    /** At most 10 MB per file. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Pattern PDF_SCRIPT =
            Pattern.compile("/(JavaScript|JS|Launch|EmbeddedFile|RichMedia)\\b|/AA\\s*<<", Pattern.CASE_INSENSITIVE);

    /** What the content is. */
    public enum Kind {
        JPEG("image/jpeg"),
        PNG("image/png"),
        PDF("application/pdf");

        private final String mediaType;

        Kind(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    /** Checks and cleans an uploaded file of the given size (its bytes are read only when the size is allowed). */
    public static EvidenceFile accept(long size, Bytes bytes) throws IOException {
        if (size <= 0) {
            throw new EvidenceRefused("identification.evidence.empty");
        }
        if (size > MAX_BYTES) {
            throw new EvidenceRefused("identification.evidence.tooLarge", megabytes(size));
        }
        byte[] content = bytes.read();
        if (content.length > MAX_BYTES) {
            throw new EvidenceRefused("identification.evidence.tooLarge", megabytes(content.length));
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return new EvidenceFile(Kind.JPEG, reencoded(content, "jpg"));
        }
        if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return new EvidenceFile(Kind.PNG, reencoded(content, "png"));
        }
        if (starts(content, '%', 'P', 'D', 'F', '-')) {
            if (PDF_SCRIPT
                    .matcher(new String(content, StandardCharsets.ISO_8859_1))
                    .find()) {
                throw new EvidenceRefused("identification.evidence.pdfScript");
            }
            return new EvidenceFile(Kind.PDF, content);
        }
        throw new EvidenceRefused(refusalFor(content));
    }

    /** The bytes of an upload, read once its size is allowed. */
    @FunctionalInterface
    public interface Bytes {
        byte[] read() throws IOException;
    }

    private static String refusalFor(byte[] content) {
        if (starts(content, 'M', 'Z')
                || starts(content, 0x7F, 'E', 'L', 'F')
                || starts(content, 0xCF, 0xFA, 0xED, 0xFE)
                || starts(content, '#', '!')) {
            return "identification.evidence.executable";
        }
        String head =
                new String(content, 0, Math.min(content.length, 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (head.contains("<svg") || head.contains("<?xml")) {
            return "identification.evidence.svg";
        }
        return "identification.evidence.type";
    }

    private static byte[] reencoded(byte[] content, String format) throws IOException {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw new EvidenceRefused("identification.evidence.unreadable");
        }
        if (image == null) {
            throw new EvidenceRefused("identification.evidence.unreadable");
        }
        if ("jpg".equals(format) && image.getColorModel().hasAlpha()) {
            BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            opaque.getGraphics().drawImage(image, 0, 0, null);
            image = opaque;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        if (!ImageIO.write(image, format, out)) {
            throw new EvidenceRefused("identification.evidence.unreadable");
        }
        return out.toByteArray();
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(long size) {
        return String.format(Locale.ROOT, "%.1fMB", size / 1024.0 / 1024.0);
    }

    @Override
    public String toString() {
        return "EvidenceFile[" + kind + ", " + content.length + " bytes]";
    }
}
