/** The identification application as plain Java: its form, consent, state machine and the answers it gives a model. */
package com.aidloop.identification.application.domain;
