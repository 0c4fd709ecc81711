/** The rules of funding sources in plain Java: splitting money by shares, idle money, allocation entries. */
package com.aidloop.funding.domain;
