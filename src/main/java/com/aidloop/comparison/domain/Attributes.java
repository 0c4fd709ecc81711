package com.aidloop.comparison.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** A row's attributes as stored: one "key=value" per line (values never hold a line break). */
public final class Attributes {

    private Attributes() {}

    public static String encode(Map<String, String> attributes) {
        StringBuilder out = new StringBuilder();
        attributes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.append(e.getKey())
                .append('=')
                .append(e.getValue().replace('\n', ' ').replace('\r', ' '))
                .append('\n'));
        return out.toString();
    }

    public static Map<String, String> decode(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    attributes.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return attributes;
    }
}
