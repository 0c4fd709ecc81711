/** The integrity page and API. */
package com.aidloop.disbursement.integrity.web;
