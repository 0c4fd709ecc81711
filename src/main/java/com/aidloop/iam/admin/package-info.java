/** Account administration by the security admin: the use cases, their audit records and pages. */
package com.aidloop.iam.admin;
