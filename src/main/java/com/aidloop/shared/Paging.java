package com.aidloop.shared;

import java.util.List;

/**
 * Which page of a list a person asked for. Pages count from 1, as the pagination bar shows them;
 * the page size is one of the offered choices, anything else falls back to the default.
 */
public record Paging(int page, int size) {

    public static final List<Integer> SIZES = List.of(10, 20, 50, 100);
    public static final int DEFAULT_SIZE = 20;

    public Paging {
        page = Math.max(page, 1);
        size = SIZES.contains(size) ? size : DEFAULT_SIZE;
    }

    public static Paging of(Integer page, Integer size) {
        return new Paging(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public static Paging first() {
        return new Paging(1, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
