package com.aidloop.disbursement;

import com.aidloop.shared.InvalidValue;

/**
 * A return file (回盘文件) is refused as a whole, nothing written: it cannot be read, lacks a
 * needed column, was uploaded before, or its batch is not waiting for one. The localized message
 * is the Chinese sentence to show the person who uploaded it.
 */
public class ReturnFileRefused extends InvalidValue {

    public ReturnFileRefused(String code, Object... args) {
        super(Kind.UNPROCESSABLE, code, args);
    }

    @Override
    public String toString() {
        return "ReturnFileRefused[" + code() + "]";
    }
}
