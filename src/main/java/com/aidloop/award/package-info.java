/**
 * Awards (受助名单): who receives which programme, tier and amount in which term, with the roster
 * facts each award was confirmed with. Roster imports land here; rosters, payout and evaluation
 * read it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "受助名单")
package com.aidloop.award;
