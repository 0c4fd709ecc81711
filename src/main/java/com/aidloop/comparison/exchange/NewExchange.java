package com.aidloop.comparison.exchange;

/**
 * An exchange just made, with its key: shown this once and never stored.
 *
 * @param key 64 hex characters in groups of eight
 */
public record NewExchange(ExchangeView exchange, String key) {}
