/** The second factor (二次验证): authenticator-app codes at login, enrolment and an administrator's reset. */
package com.aidloop.iam.secondfactor;
