/** Bank files (银行代发文件): the configured templates and the writers of .csv, .xlsx and fixed-width text, byte-for-byte reproducible. */
package com.aidloop.disbursement.bankfile;
