package com.aidloop.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link com.aidloop.shared.Term} parameter of a page or API method: the term the request
 * names in its {@code term} parameter, or today's term in the display zone when it names none.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface ChosenTerm {}
