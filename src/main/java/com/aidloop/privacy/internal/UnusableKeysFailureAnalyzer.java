package com.aidloop.privacy.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns missing or malformed keys at start into one sentence saying what to set, instead of a page of stack trace. */
class UnusableKeysFailureAnalyzer extends AbstractFailureAnalyzer<UnusableKeys> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnusableKeys cause) {
        return new FailureAnalysis(
                "密钥缺失或不可用 (Aidloop's keys are missing or unusable): " + cause.getMessage(),
                "请设置 AIDLOOP_DATA_KEY、AIDLOOP_INDEX_KEY 和 AIDLOOP_SIGNING_KEY（各为 32 字节随机数的 base64，可用 openssl rand -base64 32 生成），"
                        + "并与数据库备份分开保存；丢失密钥将无法读取已加密的数据。See docs/deploying.md.",
                cause);
    }
}
