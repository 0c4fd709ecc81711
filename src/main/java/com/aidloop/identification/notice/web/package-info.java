/** The notice's pages: the school's (publish, objections, print) and the public one (read, object). */
package com.aidloop.identification.notice.web;
