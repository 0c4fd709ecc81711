/**
 * Bank files (银行代发文件): the configured templates, the writers of .csv, .xlsx and fixed-width text
 * (byte-for-byte reproducible), and their storage (the record of every file handed out, the lines read for one).
 */
package com.aidloop.disbursement.bankfile;
