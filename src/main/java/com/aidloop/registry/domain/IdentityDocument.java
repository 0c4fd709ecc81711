package com.aidloop.registry.domain;

import com.aidloop.shared.Gender;
import com.aidloop.shared.IdDocumentType;
import com.aidloop.shared.IdNumber;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Text;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An identity document: its type and number (证件类型、证件号码). Resident ID cards and Hong Kong,
 * Macao and Taiwan residence permits are checked per GB 11643, the permits also by their address
 * codes 810000/820000/830000; other documents need 5 to 30 letters or digits.
 */
public record IdentityDocument(IdDocumentType type, String number) {

    private static final Pattern OTHER_NUMBER = Pattern.compile("[A-Z0-9]{5,30}");
    private static final Set<String> HMT_ADDRESS_CODES = Set.of("810000", "820000", "830000");

    public IdentityDocument {
        Objects.requireNonNull(type);
        number = check(type, number);
    }

    public static IdentityDocument of(IdDocumentType type, String raw) {
        return new IdentityDocument(type, raw);
    }

    private static String check(IdDocumentType type, String raw) {
        if (type.followsGb11643()) {
            IdNumber id = new IdNumber(raw);
            boolean hmtAddress = HMT_ADDRESS_CODES.contains(id.addressCode());
            if (type == IdDocumentType.HMT_RESIDENCE_PERMIT && !hmtAddress) {
                throw new InvalidValue("student.idNumber.hmtAddress");
            }
            if (type == IdDocumentType.RESIDENT_ID_CARD && hmtAddress) {
                throw new InvalidValue("student.idNumber.isHmtPermit");
            }
            return id.value();
        }
        String number = Text.compact(raw).toUpperCase();
        if (number.isEmpty()) {
            throw new InvalidValue("id.required");
        }
        if (!OTHER_NUMBER.matcher(number).matches()) {
            throw new InvalidValue("student.idNumber.otherFormat");
        }
        return number;
    }

    /** The gender the number encodes, for GB 11643 numbers only. */
    public Optional<Gender> impliedGender() {
        return type.followsGb11643() ? Optional.of(new IdNumber(number).gender()) : Optional.empty();
    }

    /** The number as stored in the blind index: compact, upper case, whatever the type. */
    public String normalized() {
        return number;
    }

    public String masked() {
        return Masking.idNumber(number);
    }

    @Override
    public String toString() {
        return type.label() + " " + masked();
    }
}
