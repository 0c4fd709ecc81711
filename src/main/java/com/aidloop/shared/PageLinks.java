package com.aidloop.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pagination bar of a list page (共 N 条, page numbers, page size): links that keep the
 * current search and change only the page or the page size.
 */
public final class PageLinks {

    private final Paged<?> page;
    private final String path;
    private final Map<String, String> query;

    /**
     * @param path the list page, e.g. {@code /students}
     * @param query the current search, blank values left out; page and size are replaced
     */
    public PageLinks(Paged<?> page, String path, Map<String, String> query) {
        this.page = page;
        this.path = path;
        this.query = new LinkedHashMap<>();
        query.forEach((name, value) -> {
            if (value != null && !value.isBlank() && !name.equals("page") && !name.equals("size")) {
                this.query.put(name, value);
            }
        });
    }

    public Paged<?> page() {
        return page;
    }

    public String link(int pageNumber) {
        return href(Math.max(1, Math.min(pageNumber, page.totalPages())), page.size());
    }

    /** The first page at another page size. */
    public String sizeLink(int size) {
        return href(1, size);
    }

    public List<Integer> sizes() {
        return Paging.SIZES;
    }

    /** Page numbers around the current one, with 0 standing for a gap ("…"). */
    public List<Integer> numbers() {
        int last = page.totalPages();
        int current = page.page();
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - current) <= 2) {
                numbers.add(n);
            } else if (numbers.get(numbers.size() - 1) != 0) {
                numbers.add(0);
            }
        }
        return numbers;
    }

    private String href(int pageNumber, int size) {
        StringBuilder href = new StringBuilder(path).append('?');
        query.forEach((name, value) ->
                href.append(encode(name)).append('=').append(encode(value)).append('&'));
        return href.append("page=")
                .append(pageNumber)
                .append("&size=")
                .append(size)
                .toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
