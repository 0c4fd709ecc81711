/** Delivery status of SMS notices: the page under /notifications/sms and the API under /api/v1/notifications/sms. */
package com.aidloop.notification.web;
