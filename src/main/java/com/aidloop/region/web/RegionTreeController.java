package com.aidloop.region.web;

import com.aidloop.region.RegionManagement;
import com.aidloop.shared.InvalidValue;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The region tree as an HTML fragment for pages: the children of a division as a list whose
 * nodes load their own children with htmx when first clicked.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class RegionTreeController {

    private final RegionManagement regions;

    RegionTreeController(RegionManagement regions) {
        this.regions = regions;
    }

    @GetMapping("/regions/tree")
    String tree(@RequestParam(required = false) String parent, Model model) {
        model.addAttribute("children", regions.children(parent));
        return "region/tree :: tree";
    }

    @ExceptionHandler
    ResponseEntity<String> invalidValue(InvalidValue e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(e.getLocalizedMessage());
    }
}
