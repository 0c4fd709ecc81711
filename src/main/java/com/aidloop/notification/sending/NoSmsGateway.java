package com.aidloop.notification.sending;

import com.aidloop.shared.Messages;

/**
 * No gateway is configured ({@code aidloop.sms.gateway=none}, the default): nothing is sent, and
 * every message says so — 未发送（未配置短信网关）. County staff send them once a gateway is configured.
 */
public class NoSmsGateway implements SmsGateway {

    @Override
    public String name() {
        return "none";
    }

    @Override
    public GatewayAnswer send(OutgoingSms sms) {
        return new GatewayAnswer.NotSent(Messages.format("sms.notSent.noGateway"));
    }
}
