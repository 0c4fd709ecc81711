/** The adjustment and the history of an identification's decisions, in plain Java. */
package com.aidloop.identification.adjustment.domain;
