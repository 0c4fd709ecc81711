/**
 * Accounts, roles and data scope (用户权限): who may log in, what each role may do, and which
 * region subtree or school each account may see. Also login, lockout and API tokens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "用户权限")
package com.aidloop.iam;
