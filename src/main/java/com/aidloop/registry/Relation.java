package com.aidloop.registry;

import com.aidloop.shared.Gender;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;

/** How a household member is related to the student (与学生关系). */
public enum Relation {
    FATHER("父亲", Gender.MALE),
    MOTHER("母亲", Gender.FEMALE),
    GRANDFATHER("祖父", Gender.MALE),
    GRANDMOTHER("祖母", Gender.FEMALE),
    MATERNAL_GRANDFATHER("外祖父", Gender.MALE),
    MATERNAL_GRANDMOTHER("外祖母", Gender.FEMALE),
    SIBLING("兄弟姐妹", null),
    OTHER("其他", null);

    private final String label;
    private final Gender gender;

    Relation(String label, Gender gender) {
        this.label = label;
        this.gender = gender;
    }

    public String label() {
        return label;
    }

    /** The gender this relation implies, or null when it implies none. */
    public Gender impliedGender() {
        return gender;
    }

    /** Reads the relation as people write it, including everyday words such as 爸爸 or 奶奶. */
    public static Relation parse(String raw) {
        String wanted = Text.normalize(raw);
        if (wanted.isEmpty()) {
            throw new InvalidValue("member.relation.required");
        }
        for (Relation relation : values()) {
            if (relation.label.equals(wanted) || relation.name().equalsIgnoreCase(wanted)) {
                return relation;
            }
        }
        return switch (wanted) {
            case "父", "爸爸", "父子", "父女" -> FATHER;
            case "母", "妈妈", "母子", "母女" -> MOTHER;
            case "爷爷" -> GRANDFATHER;
            case "奶奶" -> GRANDMOTHER;
            case "外公", "姥爷" -> MATERNAL_GRANDFATHER;
            case "外婆", "姥姥" -> MATERNAL_GRANDMOTHER;
            case "兄弟", "姐妹", "哥哥", "弟弟", "姐姐", "妹妹", "兄妹", "姐弟" -> SIBLING;
            default -> throw new InvalidValue("member.relation.unknown", wanted);
        };
    }
}
