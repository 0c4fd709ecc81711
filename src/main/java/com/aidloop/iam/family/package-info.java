/** Family login (家庭登录): SMS codes to registered numbers, invitation slips, the family's session. */
package com.aidloop.iam.family;
