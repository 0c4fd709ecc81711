/** The 特别通道 pages: the school's requests and the county's queue with its approval and refusal. */
package com.aidloop.identification.specialchannel.web;
