package com.aidloop.school.importing;

import com.aidloop.school.Ownership;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;
import java.util.Map;

/**
 * Reads the 办学性质 cell of a school file: 公办 or 民办, or the founder (举办者) as the education
 * statistics name it, which says which of the two the school is.
 */
public final class OwnershipWords {

    private static final Map<String, Ownership> FOUNDERS = Map.ofEntries(
            Map.entry("公立", Ownership.PUBLIC),
            Map.entry("公办学校", Ownership.PUBLIC),
            Map.entry("教育部门", Ownership.PUBLIC),
            Map.entry("地方教育部门", Ownership.PUBLIC),
            Map.entry("其他部门", Ownership.PUBLIC),
            Map.entry("地方其他部门", Ownership.PUBLIC),
            Map.entry("中央部门", Ownership.PUBLIC),
            Map.entry("地方企业", Ownership.PUBLIC),
            Map.entry("事业单位", Ownership.PUBLIC),
            Map.entry("部队", Ownership.PUBLIC),
            Map.entry("集体", Ownership.PUBLIC),
            Map.entry("私立", Ownership.PRIVATE),
            Map.entry("民办学校", Ownership.PRIVATE),
            Map.entry("社会力量", Ownership.PRIVATE),
            Map.entry("社会组织", Ownership.PRIVATE),
            Map.entry("个人", Ownership.PRIVATE),
            Map.entry("中外合作办学", Ownership.PRIVATE));

    private OwnershipWords() {}

    /**
     * @throws InvalidValue {@code school.import.ownershipRequired} when blank, {@code school.import.ownershipUnknown} otherwise
     */
    public static Ownership parse(String cell) {
        String word = Text.normalize(cell).replace(" ", "");
        if (word.isEmpty()) {
            throw new InvalidValue("school.import.ownershipRequired");
        }
        Ownership founder = FOUNDERS.get(word);
        if (founder != null) {
            return founder;
        }
        try {
            return Ownership.parse(word);
        } catch (InvalidValue unknown) {
            throw new InvalidValue("school.import.ownershipUnknown", word);
        }
    }
}
