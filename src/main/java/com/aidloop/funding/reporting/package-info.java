/** Gathering the facts of the funding report: allocations, confirmed awards and paid money, split by source. */
package com.aidloop.funding.reporting;
