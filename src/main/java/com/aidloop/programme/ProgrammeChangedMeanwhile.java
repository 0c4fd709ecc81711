package com.aidloop.programme;

/** Someone else saved the programme after this edit began; the edit must start again from the new state. */
public class ProgrammeChangedMeanwhile extends RuntimeException {

    public ProgrammeChangedMeanwhile(String code) {
        super("programme " + code + " changed meanwhile");
    }
}
