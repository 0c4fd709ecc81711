/** Stores transfers to schools and meal provision (V51). */
package com.aidloop.settlement.persistence;
