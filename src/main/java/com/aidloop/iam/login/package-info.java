/** Logging in: the form and API authentication, escalating lockout, the principal and session checks. */
package com.aidloop.iam.login;
