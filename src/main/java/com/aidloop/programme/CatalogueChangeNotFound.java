package com.aidloop.programme;

import com.aidloop.shared.Refusal;

/** No proposed change of the catalogue has this id inside the caller's scope; pages and the API answer 404. */
public class CatalogueChangeNotFound extends Refusal {

    public CatalogueChangeNotFound(long id) {
        super(Kind.NOT_FOUND, "programme.change.notFound", id);
    }
}
