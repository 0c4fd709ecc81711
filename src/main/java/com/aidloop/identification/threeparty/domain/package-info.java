/** The rules of three-party review (三方会审) in plain Java: its steps, returns, village check and the county's settings. */
package com.aidloop.identification.threeparty.domain;
