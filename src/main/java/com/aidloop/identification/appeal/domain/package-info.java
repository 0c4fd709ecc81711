/** An appeal and the rules of when a family may appeal and how the county decides, in plain Java. */
package com.aidloop.identification.appeal.domain;
