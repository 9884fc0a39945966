package org.endorse.security;

import org.endorse.portal.PortalController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's own login page; Spring Security checks what it posts. In the demo setup it lists the demo
 * users, whose passwords are public anyway; elsewhere nobody is listed.
 */
@PortalController
class LoginPage {

    private final DemoUsersProperties demo;

    LoginPage(DemoUsersProperties demo) {
        this.demo = demo;
    }

    /** {@code paused}: how many seconds sign-in with the name just tried is paused, as the failed login said. */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String paused, Model model) {
        if (paused != null && paused.matches("[0-9]{1,6}")) {
            model.addAttribute("pausedMinutes", SignInPausedException.minutes(Long.parseLong(paused)));
        }
        model.addAttribute("demoUsers", demo.users());
        return "portal/login";
    }
}
