package com.aidloop.iam.family;

import com.aidloop.iam.FamilyActor;
import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * A family logged in by mobile number: the number's blind index (never the number), its masked
 * form and who acts. The students it may act for are read again at every question (a number
 * removed from the household loses them at once).
 */
public final class FamilyPrincipal implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String phoneIndex;
    private final String phoneMasked;
    private final FamilyActor.Kind actsAs;

    public FamilyPrincipal(String phoneIndex, String phoneMasked, FamilyActor.Kind actsAs) {
        this.phoneIndex = Objects.requireNonNull(phoneIndex);
        this.phoneMasked = Objects.requireNonNull(phoneMasked);
        this.actsAs = Objects.requireNonNull(actsAs);
    }

    public String phoneIndex() {
        return phoneIndex;
    }

    public FamilyActor actor() {
        return new FamilyActor(actsAs, phoneMasked);
    }

    /** What a page header would show, as for staff. */
    public String getDisplayName() {
        return actsAs.label() + "（" + phoneMasked + "）";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FamilyPrincipal that && that.phoneIndex.equals(phoneIndex) && that.actsAs == actsAs;
    }

    @Override
    public int hashCode() {
        return phoneIndex.hashCode();
    }

    @Override
    public String toString() {
        return "FamilyPrincipal[" + phoneMasked + " " + actsAs + "]";
    }
}
