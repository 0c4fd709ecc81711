package com.aidloop.iam.security;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The page shown, with status 403, when a logged-in person opens a page their roles do not allow. */
@Controller
class ForbiddenController {

    @RequestMapping("/forbidden")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "iam/forbidden";
    }
}
