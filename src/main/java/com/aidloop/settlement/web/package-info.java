/** Pages and API of the settlement with schools: transfers, their forms, meals served. */
package com.aidloop.settlement.web;
