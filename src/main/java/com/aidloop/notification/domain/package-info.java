/** The notice rules in plain Java: what a message may say, and when a failed send is tried again. */
package com.aidloop.notification.domain;
