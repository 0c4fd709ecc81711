/** Writing the hash-chained audit rows and walking the chain to verify it. */
package com.aidloop.audit.chain;
