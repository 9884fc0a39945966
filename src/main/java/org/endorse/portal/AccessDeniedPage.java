package org.endorse.portal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page a browser gets when its user's role may not open an address (the Camunda webapps for a member
 * administration, say): it says why, instead of a bare 403.
 */
@PortalController
class AccessDeniedPage {

    private final MessageSource messages;

    AccessDeniedPage(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/access-denied")
    ModelAndView accessDenied(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String path = (String) request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
        String reason = path != null && path.startsWith("/camunda") ? "errorPage.staffOnlyWebapps"
                : "errorPage.forbidden";
        return PortalAdvice.page(HttpStatus.FORBIDDEN, messages.getMessage(reason, null, locale), response);
    }
}
