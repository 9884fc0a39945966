package org.endorse.portal;

import java.util.function.Function;

import org.endorse.system.InvalidFieldException;
import org.endorse.system.PageQuery;
import org.endorse.system.PageResult;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * A list page asked for with a page or sort it cannot take (a link edited by hand, an old bookmark) shows the
 * list's first page in its usual order, saying so, rather than an error page.
 */
public final class ListPages {

    private ListPages() {
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
