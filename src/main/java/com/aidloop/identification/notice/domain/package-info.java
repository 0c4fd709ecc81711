/** The notice's period, lines and objection answers in plain Java. */
package com.aidloop.identification.notice.domain;
