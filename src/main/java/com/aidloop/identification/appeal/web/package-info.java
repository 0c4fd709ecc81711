/** The pages of appeals: the family's on the phone, the county's queue and decision, the school's reading. */
package com.aidloop.identification.appeal.web;
