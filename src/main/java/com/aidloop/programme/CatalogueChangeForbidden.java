package com.aidloop.programme;

import com.aidloop.shared.Refusal;

/** The caller sees the catalogue entry but another level keeps it; pages and the API answer 403 saying who. */
public class CatalogueChangeForbidden extends Refusal {

    public CatalogueChangeForbidden(String code, Object... args) {
        super(Kind.FORBIDDEN, code, args);
    }
}
