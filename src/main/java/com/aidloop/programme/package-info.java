/**
 * The aid programme catalogue (资助项目、标准): programmes per stage with their tiers and amounts,
 * effective-dated per term and recorded bi-temporally, so that imports can check a row against the
 * standards in force and any past state of the catalogue can be reproduced.
 */
@org.springframework.modulith.ApplicationModule(displayName = "资助项目")
package com.aidloop.programme;
