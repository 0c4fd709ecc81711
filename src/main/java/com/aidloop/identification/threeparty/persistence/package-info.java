/** Three-party reviews and the counties' settings in the database (V74). */
package com.aidloop.identification.threeparty.persistence;
