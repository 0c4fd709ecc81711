/** The family's home page (/family) and the school's invitation slips for families. */
package com.aidloop.identification.family;
