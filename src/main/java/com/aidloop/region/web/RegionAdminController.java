package com.aidloop.region.web;

import com.aidloop.platform.ChinaTime;
import com.aidloop.region.LoadedCounty;
import com.aidloop.region.RegionManagement;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Text;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator's page for loading the villages of the counties a deployment serves. */
@Controller
@PreAuthorize("hasAuthority('REGION_ADMIN')")
class RegionAdminController {

    private final RegionManagement regions;
    private final ChinaTime time;

    RegionAdminController(RegionManagement regions, ChinaTime time) {
        this.regions = regions;
        this.time = time;
    }

    @GetMapping("/admin/regions")
    String page(Model model) {
        List<CountyRow> counties = regions.loadedCounties().stream()
                .map(county -> CountyRow.of(county, time))
                .toList();
        model.addAttribute("counties", counties);
        model.addAttribute("edition", RegionManagement.EDITION);
        model.addAttribute("children", regions.children(null));
        return "region/admin";
    }

    @PostMapping("/admin/regions/villages")
    String loadVillages(@RequestParam(defaultValue = "") String countyCode, RedirectAttributes redirect) {
        try {
            int villages = regions.loadVillages(countyCode);
            String county = regions.fullName(countyCode);
            redirect.addFlashAttribute(
                    "done", Messages.format("region.admin.done", county, Text.compact(countyCode), villages));
        } catch (InvalidValue e) {
            redirect.addFlashAttribute("error", e.getLocalizedMessage());
            redirect.addFlashAttribute("countyCode", countyCode);
        }
        return "redirect:/admin/regions";
    }

    /** One loaded county as the page lists it. */
    record CountyRow(String code, String name, int villageCount, String edition, String loadedAt) {

        static CountyRow of(LoadedCounty county, ChinaTime time) {
            return new CountyRow(
                    county.county().code(),
                    county.county().name(),
                    county.villageCount(),
                    county.edition(),
                    time.minute(county.loadedAt()));
        }
    }
}
