package com.aidloop.identification;

import com.aidloop.shared.Refusal;

/** No indicator model of that id. */
public class ModelNotFound extends Refusal {

    public ModelNotFound(long id) {
        super(Kind.NOT_FOUND, "identification.model.notFound", String.valueOf(id));
    }
}
