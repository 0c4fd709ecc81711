package com.aidloop.registry.persistence;

import com.aidloop.iam.ScopeFilter;
import com.aidloop.registry.StudentSearch;
import com.aidloop.shared.Text;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads the free-text part of a student search. Han characters make a name (contains); digits
 * make an ID number: seven or more characters are looked up in full through the blind index,
 * shorter ones and masked forms ({@code 430626********2385}) are matched against the masked
 * column, which shows the first six and last four characters. Up to four digits may be either.
 */
final class SearchTerms {

    private SearchTerms() {}

    static Map<String, Object> params(StudentSearch search, UnaryOperator<String> blindIndex) {
        Map<String, Object> p = new HashMap<>();
        p.put("nameLike", null);
        p.put("idIndex", null);
        p.put("idHead", null);
        p.put("idTail", null);
        p.put("idEither", false);
        String idTerm = search.idNumber();
        if (search.q() != null) {
            if (looksLikeIdNumber(search.q())) {
                idTerm = idTerm == null ? search.q() : idTerm;
            } else {
                p.put("nameLike", "%" + escapeLike(search.q()) + "%");
            }
        }
        if (idTerm != null) {
            idNumber(Text.compact(idTerm).toUpperCase(), blindIndex, p);
        }
        p.put("schoolId", search.schoolId());
        p.put("township", search.township());
        p.put("village", search.village());
        p.put(ScopeFilter.WITHIN, ScopeFilter.withinParam(search.region()));
        return p;
    }

    static boolean looksLikeIdNumber(String q) {
        String compact = Text.compact(q).toUpperCase();
        return compact.matches("[0-9A-Z*]+") && compact.chars().anyMatch(Character::isDigit);
    }

    private static void idNumber(String id, UnaryOperator<String> blindIndex, Map<String, Object> p) {
        if (id.contains("*")) {
            String head = id.substring(0, id.indexOf('*'));
            String tail = id.substring(id.lastIndexOf('*') + 1);
            p.put("idHead", escapeLike(head) + "%");
            p.put("idTail", escapeLike(reverse(tail)) + "%");
        } else if (id.length() >= 7) {
            p.put("idIndex", blindIndex.apply(id));
        } else {
            p.put("idHead", escapeLike(id) + "%");
            p.put("idTail", id.length() <= 4 ? escapeLike(reverse(id)) + "%" : "%");
            p.put("idEither", id.length() <= 4);
        }
    }

    private static String reverse(String s) {
        return new StringBuilder(s).reverse().toString();
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
