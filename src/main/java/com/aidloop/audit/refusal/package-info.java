/** Refusals an auditor must see, written to the audit trail with who, what and why, a flood of them counted, not written. */
package com.aidloop.audit.refusal;
