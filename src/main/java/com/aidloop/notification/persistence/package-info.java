/** The outbox table {@code notification_sms}: enqueueing, claiming due messages, recording outcomes, status lists. */
package com.aidloop.notification.persistence;
