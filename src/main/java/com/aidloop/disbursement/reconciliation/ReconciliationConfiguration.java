package com.aidloop.disbursement.reconciliation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the return template ({@code aidloop.bank.returns.*}). */
@Configuration
@EnableConfigurationProperties(ReturnTemplate.class)
class ReconciliationConfiguration {}
