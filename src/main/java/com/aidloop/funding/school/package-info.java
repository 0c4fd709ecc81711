/** Money transferred to schools (资金拨付学校, meals in kind) as the funding report counts it, with the shares each transfer carried. */
package com.aidloop.funding.school;
