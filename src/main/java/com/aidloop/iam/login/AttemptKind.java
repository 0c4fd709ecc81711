package com.aidloop.iam.login;

/**
 * What a failed login is counted against. One person mistyping from one address meets the first;
 * one address guessing many names meets the second; many addresses guessing one name meet the
 * third, the only one that locks the name itself until a security administrator unlocks it.
 */
public enum AttemptKind {
    /** One name tried from one client address: slows that address on that name only. */
    NAME_AT_ADDRESS,
    /** Any names tried from one client address. */
    ADDRESS,
    /** One name tried from anywhere. */
    NAME
}
