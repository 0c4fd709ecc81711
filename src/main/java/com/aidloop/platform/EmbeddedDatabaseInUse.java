package com.aidloop.platform;

/**
 * Present as a bean only when the platform runs on its own embedded PostgreSQL, which is the
 * sign of a trial or development installation: demo data may be loaded there, never elsewhere.
 */
public final class EmbeddedDatabaseInUse {}
