package com.aidloop.region;

import com.aidloop.shared.RegionLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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
            rows += write(file, line -> true, copy);
        }
        return rows;
    }

    /** Writes the villages and communities of one county; returns how many rows. */
    static int writeVillages(String countyCode, Writer copy) {
        return write(VILLAGES, line -> line.startsWith(countyCode), copy);
    }

    /** Rows are filtered on the raw line first: a full parse of 620,000 villages is not needed. */
    private static int write(File file, Predicate<String> wanted, Writer copy) {
        try (BufferedReader reader = open(file.resource())) {
            reader.readLine();
            int rows = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || !wanted.test(line)) {
                    continue;
                }
                List<String> fields = fields(line);
                String code = fields.get(0);
                if (code.length() != file.level().codeLength()) {
                    throw new IllegalStateException(file.resource() + ": code " + code + " is not of level " + file.level());
                }
                String parent = file.level() == RegionLevel.PROVINCE ? null : fields.get(2);
                copy.write(copyRow(code, fields.get(1), file.level(), parent));
                rows++;
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.resource(), e);
        }
    }

    private static BufferedReader open(String resource) throws IOException {
        InputStream in = DivisionFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The bundled division file " + resource + " is missing");
        }
        return new BufferedReader(
                new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    }

    /** One COPY text-format row; the level is stored as 1 (province) to 5 (village). */
    static String copyRow(String code, String name, RegionLevel level, String parentCode) {
        return escape(code) + '\t' + escape(name) + '\t' + (level.ordinal() + 1) + '\t'
                + (parentCode == null ? "\\N" : escape(parentCode)) + '\n';
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
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
