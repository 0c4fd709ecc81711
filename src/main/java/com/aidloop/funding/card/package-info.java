/** Card payments (一卡通) as funding sees them: the shares each payment carries, and what the bank paid. */
package com.aidloop.funding.card;
