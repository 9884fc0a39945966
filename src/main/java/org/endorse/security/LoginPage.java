package org.endorse.security;

import org.endorse.portal.PortalController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoUsers", demo.users());
        return "portal/login";
    }
}
