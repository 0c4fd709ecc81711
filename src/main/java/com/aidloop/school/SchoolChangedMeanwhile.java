package com.aidloop.school;

/** Someone else saved the school after this edit began; the edit must start again from the new state. */
public class SchoolChangedMeanwhile extends RuntimeException {

    public SchoolChangedMeanwhile(long id) {
        super("school " + id + " changed meanwhile");
    }
}
