/** The school's adjustment page and the adjustments API. */
package com.aidloop.identification.adjustment.web;
