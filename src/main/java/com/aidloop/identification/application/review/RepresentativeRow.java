package com.aidloop.identification.application.review;

/** What a student or parent representative sees of an application: name, suggested level, a short reason. */
public record RepresentativeRow(long applicationId, String studentName, String suggestedLevel, String shortReason) {}
