/** The rules of department lists and of the register, in plain Java. */
package com.aidloop.comparison.domain;
