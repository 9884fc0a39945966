package org.endorse.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: after logging in, a browser lands on the API documentation. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/swagger-ui.html";
    }
}
