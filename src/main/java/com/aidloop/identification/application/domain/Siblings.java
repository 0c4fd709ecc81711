package com.aidloop.identification.application.domain;

/** Brothers and sisters in school, by stage (学前、小学、初中、高中或中职、大学). */
public record Siblings(int preschool, int primary, int juniorSecondary, int seniorSecondary, int higher) {

    public static final Siblings NONE = new Siblings(0, 0, 0, 0, 0);

    public Siblings {
        if (preschool < 0 || primary < 0 || juniorSecondary < 0 || seniorSecondary < 0 || higher < 0) {
            throw new IllegalArgumentException("sibling counts are not negative");
        }
    }

    /** In compulsory education (小学、初中). */
    public int compulsory() {
        return primary + juniorSecondary;
    }

    /** Outside compulsory education (学前、高中或中职、大学). */
    public int nonCompulsory() {
        return preschool + seniorSecondary + higher;
    }
}
