package com.aidloop.registry.importing;

import com.aidloop.shared.IdDocumentType;
import java.util.Map;

/**
 * The registration system's words and codes for gender, identity documents, 户口性质 and yes/no,
 * turned into the registry's. The system exports labels ("居民身份证"); its import template and
 * older county lists use the codes of the 填报说明 ("1", "A", "Z").
 */
final class RegistrationWords {

    private static final Map<String, String> GENDER = Map.of("1", "男", "2", "女", "男性", "男", "女性", "女");

    private static final Map<String, IdDocumentType> ID_TYPES = Map.ofEntries(
            Map.entry("1", IdDocumentType.RESIDENT_ID_CARD),
            Map.entry("居民身份证", IdDocumentType.RESIDENT_ID_CARD),
            Map.entry("身份证", IdDocumentType.RESIDENT_ID_CARD),
            Map.entry("港澳台居民居住证", IdDocumentType.HMT_RESIDENCE_PERMIT),
            Map.entry("6", IdDocumentType.HK_MACAO_PERMIT),
            Map.entry("香港特区护照/身份证明", IdDocumentType.HK_MACAO_PERMIT),
            Map.entry("7", IdDocumentType.HK_MACAO_PERMIT),
            Map.entry("澳门特区护照/身份证明", IdDocumentType.HK_MACAO_PERMIT),
            Map.entry("港澳居民来往内地通行证", IdDocumentType.HK_MACAO_PERMIT),
            Map.entry("8", IdDocumentType.TAIWAN_PERMIT),
            Map.entry("台湾居民来往大陆通行证", IdDocumentType.TAIWAN_PERMIT),
            Map.entry("A", IdDocumentType.FOREIGN_PASSPORT),
            Map.entry("护照", IdDocumentType.FOREIGN_PASSPORT),
            Map.entry("外国护照", IdDocumentType.FOREIGN_PASSPORT),
            Map.entry("9", IdDocumentType.OTHER),
            Map.entry("境外永久居住证", IdDocumentType.OTHER),
            Map.entry("Z", IdDocumentType.OTHER),
            Map.entry("其他", IdDocumentType.OTHER));

    private static final Map<String, String> RESIDENCE = Map.of(
            "农业户口", "农村", "农业", "农村", "1", "农村", "农村", "农村", "非农业户口", "城镇", "非农业", "城镇", "2", "城镇", "城镇", "城镇", "居民户口",
            "城镇");

    private RegistrationWords() {}

    /** The registry's gender label, or the text as written (the registry names it if unknown). */
    static String gender(String written) {
        return GENDER.getOrDefault(written, written);
    }

    /** The registry's label of the document type, or null for a word the import does not know. */
    static String idType(String written) {
        if (written.isEmpty()) {
            return IdDocumentType.RESIDENT_ID_CARD.label();
        }
        String code = written.contains("-") ? written.substring(0, written.indexOf('-')) : written;
        IdDocumentType type = ID_TYPES.getOrDefault(written, ID_TYPES.get(code.toUpperCase(java.util.Locale.ROOT)));
        return type == null ? null : type.label();
    }

    /** 城镇 or 农村, or null for a word the import does not know. */
    static String residence(String written) {
        return RESIDENCE.get(written.replace("家庭", ""));
    }

    /** Whether a yes/no cell says yes (是, 1, Y); null when blank or unreadable. */
    static Boolean yes(String written) {
        return switch (written) {
            case "是", "1", "Y", "y", "√" -> Boolean.TRUE;
            case "否", "0", "N", "n" -> Boolean.FALSE;
            default -> null;
        };
    }
}
