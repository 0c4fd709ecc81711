package com.aidloop.platform;

import com.aidloop.shared.Refusal;

/**
 * Told of the refusals people meet, so that those an auditor must see reach the audit trail: the
 * error layer tells it of every refusal it answers, a page that shows a refusal on its own form
 * tells it in its {@code catch}, and the security layer of every request its roles do not allow.
 * The audit module implements it (platform cannot depend on audit), deciding which refusals
 * matter and keeping a flood from filling the trail. It never throws.
 */
public interface RefusalWitness {

    /** A business refusal; only those with a {@link Refusal.Concern} or a not-found of an existing object are kept. */
    void saw(Refusal refusal);

    /**
     * A request refused by the security layer (403): the person's roles do not allow it, or its
     * CSRF token was missing or stale.
     *
     * @param code the message code of the reason, e.g. {@code access.forbidden}
     */
    void forbidden(String code);
}
