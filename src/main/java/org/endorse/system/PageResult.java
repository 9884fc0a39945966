package org.endorse.system;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list, as the portal and the API return every list: the items, which page of how many, the
 * total number of items and the sort applied.
 */
public record PageResult<T>(List<T> items, int page, int size, long total, int pages, String sort) {

    public PageResult {
        items = List.copyOf(items);
    }

    public static <T> PageResult<T> of(Page<T> found, PageQuery query, String sort) {
        return new PageResult<>(found.getContent(), query.pageNumber(), query.pageSize(), found.getTotalElements(),
                found.getTotalPages(), sort);
    }

    public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResult<>(items.stream().<R>map(mapper).toList(), page, size, total, pages, sort);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
