package org.endorse.portal;

import java.util.function.Function;
import java.util.function.Supplier;

import org.endorse.system.InvalidFieldException;
import org.endorse.system.PageQuery;
import org.endorse.system.PageResult;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * A list page asked for with a page, sort or filter it cannot take (a link edited by hand, an old bookmark) shows
 * the list's first page in its usual order, unfiltered, saying so, rather than an error page.
 */
public final class ListPages {

    private ListPages() {
    }

    /**
     * The filters a list page was asked for, or, if they cannot be read, none (the page says so): in the model as
     * "search" for the page's filter form.
     */
    public static <S> S filters(S asked, BindingResult unreadable, Supplier<S> none, Model model) {
        if (!unreadable.hasErrors()) {
            return asked;
        }
        S everything = none.get();
        model.addAttribute("search", everything);
        model.addAttribute("invalidFilter", true);
        return everything;
    }

    public static <T> PageResult<T> page(PageQuery asked, BindingResult unreadable,
            Function<PageQuery, PageResult<T>> list, Model model) {
        if (!unreadable.hasErrors()) {
            try {
                return list.apply(asked);
            } catch (InvalidFieldException notASortOfThisList) {
                // shown as the list's first page below
            }
        }
        model.addAttribute("invalidFilter", true);
        return list.apply(PageQuery.first(PageQuery.DEFAULT_SIZE, null));
    }
}
