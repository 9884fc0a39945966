package org.endorse.system;

import java.util.Map;

import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Which page of a list to show, the same for every list of the portal and the API: {@code page} counts from 1,
 * {@code size} is at most {@value #MAX_SIZE} (a larger one is capped), {@code sort} is a field the list offers,
 * optionally followed by {@code ,asc} or {@code ,desc}.
 */
public record PageQuery(@Min(1) Integer page, @Min(1) Integer size, String sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 50;

    public static PageQuery first(int size, String sort) {
        return new PageQuery(1, size, sort);
    }

    public int pageNumber() {
        return page == null ? 1 : page;
    }

    public int pageSize() {
        return size == null ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    /** This page as Spring Data asks for it, sorted by one of the list's fields (the list's default if none). */
    public Pageable pageable(Sorting sorting) {
        return PageRequest.of(pageNumber() - 1, pageSize(), sorting.sort(sortOrDefault(sorting)));
    }

    public String sortOrDefault(Sorting sorting) {
        return sort == null || sort.isBlank() ? sorting.defaultSort() : sort.strip();
    }

    /**
     * The fields a list may be sorted by, each with the property it sorts on, and the sort it has by default.
     * Every sort ends with the given tie-breaker, so pages never overlap.
     */
    public record Sorting(Map<String, String> fields, String defaultSort, String tieBreaker) {

        Sort sort(String requested) {
            String[] parts = requested.split(",", -1);
            String property = fields.get(parts[0].strip());
            boolean known = property != null && parts.length <= 2;
            Sort.Direction direction = parts.length < 2 ? Sort.Direction.ASC
                    : Sort.Direction.fromOptionalString(parts[1].strip()).orElse(null);
            if (!known || direction == null) {
                throw new InvalidFieldException("sort", "error.list.sort", fields.keySet().stream().sorted().toList()
                        .toString(), requested);
            }
            return Sort.by(direction, property).and(Sort.by(direction, tieBreaker));
        }
    }
}
