package com.aidloop.region.web;

import com.aidloop.region.NameLookup;
import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.region.UnknownRegion;
import com.aidloop.shared.RegionLevel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read access to the division tree for integrations and scripts; any logged-in account may read it. */
@RestController
@RequestMapping("/api/v1/regions")
@PreAuthorize("isAuthenticated()")
@Tag(name = "行政区划", description = "统计用区划代码（2023年版）的省、市、县、乡镇、村五级区划")
class RegionApiController {

    private final RegionManagement regions;

    RegionApiController(RegionManagement regions) {
        this.regions = regions;
    }

    @GetMapping("/{code}")
    @Operation(summary = "查询区划及其上级路径", description = "返回区划本身、全称及从省级到本级的路径")
    RegionDetails region(
            @Parameter(description = "区划代码，2、4、6、9或12位", example = "430626102") @PathVariable String code) {
        List<Region> path = regions.path(code);
        if (path.isEmpty()) {
            throw UnknownRegion.code(code);
        }
        return RegionDetails.of(path.getLast(), regions.fullName(code), path);
    }

    @GetMapping("/children")
    @Operation(summary = "查询全部省级区划")
    List<Region> provinces() {
        return regions.children(null);
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "查询下级区划", description = "按代码顺序返回直接下级；村级区划仅对已加载的县返回")
    List<Region> children(@Parameter(description = "上级区划代码", example = "430626") @PathVariable String code) {
        if (regions.find(code).isEmpty()) {
            throw UnknownRegion.code(code);
        }
        return regions.children(code);
    }

    @GetMapping("/lookup")
    @Operation(summary = "按名称查找下级区划", description = "容忍后缀差异（如“三市”“三市镇”“三市镇人民政府”）；结果为唯一匹配、多个候选或未找到（附最多5个相近名称）")
    LookupAnswer lookup(
            @Parameter(description = "上级区划代码；不填则在省级中查找", example = "430626") @RequestParam(required = false)
                    String parent,
            @Parameter(description = "区划名称", example = "三市") @RequestParam String name) {
        return LookupAnswer.of(regions.lookup(parent, name));
    }

    /** A division with its full name and its path from the province down. */
    record RegionDetails(
            String code,
            String name,
            RegionLevel level,
            String levelLabel,
            String parentCode,
            String fullName,
            List<Region> path) {

        static RegionDetails of(Region region, String fullName, List<Region> path) {
            return new RegionDetails(
                    region.code(),
                    region.name(),
                    region.level(),
                    region.level().label(),
                    region.parentCode(),
                    fullName,
                    path);
        }
    }

    /** A name look-up as JSON: the status says which of the other fields carries the answer. */
    record LookupAnswer(Status status, Region region, List<Region> candidates, List<Region> suggestions) {

        enum Status {
            FOUND,
            AMBIGUOUS,
            NOT_FOUND
        }

        static LookupAnswer of(NameLookup lookup) {
            return switch (lookup) {
                case NameLookup.Found found -> new LookupAnswer(Status.FOUND, found.region(), List.of(), List.of());
                case NameLookup.Ambiguous ambiguous ->
                    new LookupAnswer(Status.AMBIGUOUS, null, ambiguous.candidates(), List.of());
                case NameLookup.NotFound notFound ->
                    new LookupAnswer(Status.NOT_FOUND, null, List.of(), notFound.suggestions());
            };
        }
    }
}
