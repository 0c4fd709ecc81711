package com.aidloop.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list with the total count (共 N 条); serialised by the API as
 * {@code {"content":[...],"totalElements":N,"page":p,"size":s}}, pages counting from 1.
 */
public record Paged<T>(List<T> content, long totalElements, int page, int size) {

    public Paged {
        content = List.copyOf(content);
    }

    public static <T> Paged<T> of(List<T> content, long totalElements, Paging paging) {
        return new Paged<>(content, totalElements, paging.page(), paging.size());
    }

    public int totalPages() {
        return totalElements == 0 ? 1 : (int) ((totalElements + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public <R> Paged<R> map(Function<? super T, ? extends R> mapper) {
        return new Paged<>(content.stream().<R>map(mapper).toList(), totalElements, page, size);
    }
}
