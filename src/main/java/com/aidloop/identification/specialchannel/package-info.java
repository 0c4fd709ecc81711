/**
 * The special channel (特别通道): a school asks the county to aid a student without publishing
 * them, for a reason category and a reason kept private; the county approves or refuses. Approved
 * students are left off public notices, and only they may be marked 特别通道 in a roster. Named as
 * an interface of the module for the demo county.
 */
@org.springframework.modulith.NamedInterface("specialchannel")
package com.aidloop.identification.specialchannel;
