package org.endorse.portal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links that depend on the page being shown, for templates ({@code ${@links.page(2)}}): the same list on another
 * page or in another order, with its filters kept.
 */
@Component("links")
public class Links {

    /** The current page's path and query, to come back to after switching the language. */
    public String current() {
        HttpServletRequest request = request();
        return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    public String page(int page) {
        return ServletUriComponentsBuilder.fromRequest(request()).replaceQueryParam("page", page)
                .build().toUriString();
    }

    /** The list sorted by a field: ascending, or descending if it is sorted ascending by that field now. */
    public String sort(String field, String currentSort) {
        String next = "ascending".equals(sortedAs(field, currentSort)) ? field + ",desc" : field + ",asc";
        return ServletUriComponentsBuilder.fromRequest(request()).replaceQueryParam("sort", next)
                .replaceQueryParam("page").build().toUriString();
    }

    /** How a list sorted by {@code currentSort} is sorted by the field, for aria-sort: ascending, descending or not. */
    public String sortedAs(String field, String currentSort) {
        if (field.equals(currentSort) || (field + ",asc").equals(currentSort)) {
            return "ascending";
        }
        return (field + ",desc").equals(currentSort) ? "descending" : null;
    }

    /** A path of this site to go back to, or home: never another site (no open redirect). */
    public static String safeReturn(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
