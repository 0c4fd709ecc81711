/** Reading the audit trail: the audit admin's page, its export and the REST API. */
package com.aidloop.audit.browsing;
