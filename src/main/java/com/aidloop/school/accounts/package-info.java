/**
 * Accounts for every school, township and village of a county, opened by the security administrator
 * at once with printable slips of their one-time passwords, and disabled at once at the end of a term.
 * A named interface: the demo county opens its schools' accounts through {@link AccountsForCounty} and
 * sends their initial passwords through {@link PasswordsBySms}.
 */
@org.springframework.modulith.NamedInterface("accounts")
package com.aidloop.school.accounts;
