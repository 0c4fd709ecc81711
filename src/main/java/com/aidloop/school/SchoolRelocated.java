package com.aidloop.school;

/** A school's township was corrected; modules that keep the township beside their rows follow. */
public record SchoolRelocated(long schoolId, String previousTownshipCode, String townshipCode) {}
