/** API tokens: issued for a username and password, presented as a Bearer header, revocable. */
package com.aidloop.iam.token;
