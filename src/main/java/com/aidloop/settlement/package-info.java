/**
 * Settlement with schools (学校拨付): the transfers (资金拨付单) of programmes that pay the school
 * (fee waivers) or in kind (meals), their life from draft to the school's confirmation, and the
 * meals a school records per month.
 */
package com.aidloop.settlement;
