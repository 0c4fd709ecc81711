/** Passwords: the password policy, its blocklist, and a person changing their own password. */
package com.aidloop.iam.password;
