/**
 * The documents of a term's awards (花名册、汇总表、资金确认表): the county summary with its
 * drill-down, the review, per-programme and public-notice rosters, each school's fund confirmation
 * form, and the automatic check that they all add up to the same figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "花名册")
package com.aidloop.roster;
