/**
 * Accounts for every school, township and village of a county, opened by the security administrator
 * at once with printable slips of their one-time passwords, and disabled at once at the end of a term.
 */
package com.aidloop.school.accounts;
