/**
 * The public notice of identification results (公示) and the objections lodged against it (异议):
 * a school publishes the finally decided students of a class, grade or school for at least five
 * working days on a page reached by link or QR code with an access code, showing only name, school,
 * grade, class and (if the county chooses) the level; anyone with the link may object, named or
 * anonymous, and the school answers within the county's working days, an upheld objection changing
 * or cancelling the identification. Named as an interface of the module for the demo county.
 */
@org.springframework.modulith.NamedInterface("notice")
package com.aidloop.identification.notice;
