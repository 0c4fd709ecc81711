/**
 * SMS notices (短信告知) through a transactional outbox: a message is written in the transaction of
 * the fact it reports (a payment), sent afterwards with retries and a de-duplication key, and
 * marked sent only when the gateway confirms it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "短信告知")
package com.aidloop.notification;
