/** The roster import pages (/roster-imports) and API (/api/v1/roster-imports). */
package com.aidloop.award.web;
