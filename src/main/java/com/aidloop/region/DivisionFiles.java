package com.aidloop.region;

import com.aidloop.shared.RegionLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The bundled national division files (classpath {@code regions/*.csv.gz}, UTF-8 CSV with a
 * header row; the third column of every file but the provinces' is the parent code), turned into
 * PostgreSQL COPY text rows: code, name, level, parent_code.
 */
final class DivisionFiles {

    private record File(String resource, RegionLevel level) {}

    private static final List<File> TREE = List.of(
            new File("regions/provinces.csv.gz", RegionLevel.PROVINCE),
            new File("regions/cities.csv.gz", RegionLevel.CITY),
            new File("regions/areas.csv.gz", RegionLevel.COUNTY),
            new File("regions/streets.csv.gz", RegionLevel.TOWNSHIP));

    private static final File VILLAGES = new File("regions/villages.csv.gz", RegionLevel.VILLAGE);

    private DivisionFiles() {}

    /** Writes provinces, cities, counties and townships; returns how many rows. */
    static int writeTree(Writer copy) {
        int rows = 0;
        for (File file : TREE) {
            rows += write(file, "", copy);
        }
        return rows;
    }

    /** Writes the villages and communities of one county; returns how many rows. */
    static int writeVillages(String countyCode, Writer copy) {
        return write(VILLAGES, countyCode, copy);
    }

    private static int write(File file, String codePrefix, Writer copy) {
        int[] rows = {0};
        try (InputStream in = open(file.resource())) {
            Lines.forEach(in, codePrefix.getBytes(StandardCharsets.US_ASCII), line -> {
                List<String> fields = fields(line);
                String code = fields.get(0);
                if (code.length() != file.level().codeLength()) {
                    throw new IllegalStateException(
                            file.resource() + ": code " + code + " is not of level " + file.level());
                }
                String parent = file.level() == RegionLevel.PROVINCE ? null : fields.get(2);
                try {
                    copy.write(copyRow(code, fields.get(1), file.level(), parent));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows[0]++;
            });
            return rows[0];
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.resource(), e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = DivisionFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The bundled division file " + resource + " is missing");
        }
        return new GZIPInputStream(in, 1 << 16);
    }

    /**
     * The data lines of a file (after its header) that start with a prefix. Lines are compared as
     * bytes and only the wanted ones decoded: picking one county's villages out of 620,000 lines
     * must not build 620,000 strings. The national files are sorted by code (a test checks the
     * bundled ones), so reading stops after the block of wanted lines.
     */
    static final class Lines {

        private Lines() {}

        static void forEach(InputStream in, byte[] prefix, Consumer<String> action) throws IOException {
            byte[] buffer = new byte[1 << 16];
            int start = 0;
            int end = 0;
            boolean header = true;
            boolean inBlock = false;
            while (true) {
                int newline = indexOfNewline(buffer, start, end);
                if (newline >= 0) {
                    if (!header) {
                        boolean wanted = accept(buffer, start, newline, prefix, action);
                        if (inBlock && !wanted) {
                            return;
                        }
                        inBlock = wanted;
                    }
                    header = false;
                    start = newline + 1;
                    continue;
                }
                if (start > 0) {
                    System.arraycopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }
                if (end == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                int read = in.read(buffer, end, buffer.length - end);
                if (read < 0) {
                    if (end > start && !header) {
                        accept(buffer, start, end, prefix, action);
                    }
                    return;
                }
                end += read;
            }
        }

        private static int indexOfNewline(byte[] buffer, int from, int to) {
            for (int i = from; i < to; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        /** Passes the line on if it starts with the prefix; says whether it did. */
        private static boolean accept(byte[] buffer, int start, int end, byte[] prefix, Consumer<String> action) {
            if (end > start && buffer[end - 1] == '\r') {
                end--;
            }
            if (end - start < prefix.length
                    || !Arrays.equals(buffer, start, start + prefix.length, prefix, 0, prefix.length)) {
                return false;
            }
            String line = new String(buffer, start, end - start, StandardCharsets.UTF_8);
            if (!line.isBlank()) {
                action.accept(line);
            }
            return true;
        }
    }

    /** One COPY text-format row; the level is stored as 1 (province) to 5 (village). */
    static String copyRow(String code, String name, RegionLevel level, String parentCode) {
        return escape(code)
                + '\t'
                + escape(name)
                + '\t'
                + (level.ordinal() + 1)
                + '\t'
                + (parentCode == null ? "\\N" : escape(parentCode))
                + '\n';
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    /** Splits one CSV line; fields may be quoted, with "" for a quote inside. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>(6);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
