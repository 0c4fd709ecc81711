package com.aidloop.identification.application.review;

import com.aidloop.shared.Refusal;

/** No class review of that id within the caller's reach: 404. */
public class ReviewNotFound extends Refusal {

    public ReviewNotFound(long id) {
        super(Kind.NOT_FOUND, "identification.review.notFound");
        about("identification_class_review", id);
    }
}
