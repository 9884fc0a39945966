package org.endorse.portal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The language switch at the top of every page, the login page included: it stays on the page it was on. */
@PortalController
class LanguageSwitch {

    private final Languages languages;

    LanguageSwitch(Languages languages) {
        this.languages = languages;
    }

    @PostMapping("/language")
    String switchTo(@RequestParam("lang") String language, @RequestParam(name = "return", required = false) String back,
            HttpServletRequest request, HttpServletResponse response) {
        languages.setLocale(request, response, Locale.forLanguageTag(language));
        return "redirect:" + Links.safeReturn(back);
    }
}
