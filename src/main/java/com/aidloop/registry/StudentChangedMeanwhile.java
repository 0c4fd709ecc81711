package com.aidloop.registry;

/** Someone else saved the student after this edit began; the edit must start again from the new state. */
public class StudentChangedMeanwhile extends RuntimeException {

    public StudentChangedMeanwhile(long id) {
        super("student " + id + " changed meanwhile");
    }
}
