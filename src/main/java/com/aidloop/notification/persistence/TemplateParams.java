package com.aidloop.notification.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The template's values as stored in {@code template_params}: a JSON object that keeps their order. */
final class TemplateParams {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> ORDERED = new TypeReference<>() {};

    private TemplateParams() {}

    static String json(Map<String, String> params) {
        return params == null || params.isEmpty() ? null : JSON.writeValueAsString(params);
    }

    /** The values in their order; empty for a message stored before they were kept. */
    static Map<String, String> of(String json) {
        return json == null || json.isBlank() ? Map.of() : JSON.readValue(json, ORDERED);
    }
}
