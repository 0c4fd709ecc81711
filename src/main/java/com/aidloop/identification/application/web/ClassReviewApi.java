package com.aidloop.identification.application.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.review.ClassReview;
import com.aidloop.identification.application.review.ClassReviews;
import com.aidloop.identification.application.review.Minutes;
import com.aidloop.identification.application.review.RepresentativeRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Class review groups for a future native client: what representatives see, a meeting's verdicts, its minutes. */
@RestController
@RequestMapping("/api/v1/identification/class-reviews")
@PreAuthorize("hasAuthority('IDENTIFICATION_REVIEW')")
@Tag(name = "班级认定评议", description = "班级认定评议小组的评议记录：同意、不同意、待议及票数和意见")
class ClassReviewApi {

    private final ClassReviews reviews;
    private final CurrentAccounts accounts;

    ClassReviewApi(ClassReviews reviews, CurrentAccounts accounts) {
        this.reviews = reviews;
        this.accounts = accounts;
    }

    @GetMapping("/waiting")
    @Operation(summary = "一个班级待评议的申请（只含姓名、评分建议和简要理由）")
    List<RepresentativeRow> waiting(@RequestParam String className) {
        return reviews.forRepresentatives(className, Applications.currentSchoolYear(), accounts.current());
    }

    @PostMapping
    @Operation(summary = "记录一次班级评议", description = "须有班主任、学生代表和家长代表；申请须属于该班且在范围内（否则404）")
    Map<String, Long> hold(@RequestBody ClassReview review) {
        return Map.of("id", reviews.hold(review, accounts.current()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "评议记录（可打印的会议记录内容）")
    Minutes minutes(@PathVariable long id) {
        return reviews.minutes(id, accounts.current());
    }
}
