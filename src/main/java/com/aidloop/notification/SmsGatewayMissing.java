package com.aidloop.notification;

import com.aidloop.shared.Refusal;

/**
 * No SMS gateway is configured ({@code aidloop.sms.gateway=none}), so staff cannot send a message:
 * it would only come back as 未发送. Configure a gateway first (docs/notifications.md).
 */
public class SmsGatewayMissing extends Refusal {

    public SmsGatewayMissing() {
        super(Kind.CONFLICT, "sms.gatewayMissing");
    }
}
