/**
 * Sending: the gateway contract with its logging and HTTP implementations, and the dispatcher that
 * sends due messages from the outbox with retries.
 */
package com.aidloop.notification.sending;
