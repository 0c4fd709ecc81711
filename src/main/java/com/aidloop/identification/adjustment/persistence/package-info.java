/** Adjustments as stored ({@code identification_adjustment}, V71). */
package com.aidloop.identification.adjustment.persistence;
