/**
 * Funding sources (资金来源): the register of money allocated to a county per programme, term and
 * level of government, the funding shares every payment carries, and the report of allocated,
 * confirmed, paid and unpaid money by source, with idle money (闲置沉淀) flagged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "资金来源")
package com.aidloop.funding;
