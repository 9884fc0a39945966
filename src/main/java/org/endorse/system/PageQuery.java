package org.endorse.system;

import java.util.Map;
import java.util.function.Function;

import jakarta.validation.constraints.Min;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Which page of a list to show, the same for every list of the portal and the API: {@code page} counts from 1,
 * {@code size} is at most {@value #MAX_SIZE} (a larger one is capped), {@code sort} is a field the list offers,
 * optionally followed by {@code ,asc} or {@code ,desc}. A page past the end of the list (an old link, a list that
 * shrank, a number typed by hand, however large) shows the list's last page, and says which it is.
 */
public record PageQuery(@Min(1) Integer page, @Min(1) Integer size, String sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 50;

    /** The furthest page any list is read at: its first row's position still fits the databases' offsets. */
    private static final int FURTHEST_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    public static PageQuery first(int size, String sort) {
        return new PageQuery(1, size, sort);
    }

    public int pageNumber() {
        return page == null ? 1 : Math.min(page, FURTHEST_PAGE);
    }

    public int pageSize() {
        return size == null ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    /** This page as Spring Data asks for it, sorted by one of the list's fields (the list's default if none). */
    public Pageable pageable(Sorting sorting) {
        return PageRequest.of(pageNumber() - 1, pageSize(), sorting.sort(sortOrDefault(sorting)));
    }

    /**
     * This page of a list read by the query, or its last page if the list has fewer (read again, in the rare case
     * that this page is past its end): never an empty page past the end.
     */
    public <T> PageResult<T> read(Sorting sorting, Function<Pageable, Page<T>> query) {
        Page<T> found = query.apply(pageable(sorting));
        PageQuery within = within(found.getTotalElements());
        if (within.pageNumber() != pageNumber()) {
            found = query.apply(within.pageable(sorting));
        }
        return PageResult.of(found, within, sortOrDefault(sorting));
    }

    /** This page, or the last of a list of so many items if this one is past its end (the first, for none). */
    public PageQuery within(long total) {
        long pages = Math.max(1, (total + pageSize() - 1) / pageSize());
        return pageNumber() <= pages ? this : new PageQuery((int) pages, size, sort);
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
