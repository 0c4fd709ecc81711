package com.aidloop.award;

import com.aidloop.award.domain.RosterDictionaries;
import java.util.List;
import java.util.Set;

/**
 * A student's identification in force as the roster import reads it: its level and the roster's
 * difficulty types (困难类型) it supports, with the one a blank 困难类型 is filled with (null when
 * the identification is ambiguous about it, e.g. 孤儿 or 事实无人抚养儿童).
 *
 * @param level the level label: 特别困难, 比较困难, 一般困难 or 不困难
 * @param difficultyTypes the roster types the identification supports
 * @param typeToFill the type a blank 困难类型 is filled with, or null
 */
public record IdentificationInForce(String level, Set<String> difficultyTypes, String typeToFill) {

    /** The roster's eleven difficulty types, in their order. */
    public static final List<String> DIFFICULTY_TYPES = RosterDictionaries.DIFFICULTY_TYPES;

    public IdentificationInForce {
        difficultyTypes = Set.copyOf(difficultyTypes);
    }
}
