package com.aidloop.platform;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Money;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Money in the API: every amount is a string of yuan with exactly two decimals ("5250.00",
 * "-500.00"), never a JSON number that a client would read as a binary double, and so it is
 * described in the OpenAPI schema. Answers carry {@link Money}, never a bare BigDecimal amount.
 */
@Configuration(proxyBeanMethods = false)
class MoneyJson {

    /** The shape of an amount in the API, for clients and the OpenAPI description. */
    static final String PATTERN = "^-?\\d+\\.\\d{2}$";

    static {
        SpringDocUtils.getConfig()
                .replaceWithSchema(
                        Money.class,
                        new StringSchema()
                                .pattern(PATTERN)
                                .example("5250.00")
                                .description("金额（元），保留两位小数的字符串，如 \"5250.00\""));
    }

    @Bean
    JacksonModule moneyModule() {
        return new SimpleModule("aidloop-money")
                .addSerializer(Money.class, new Writer())
                .addDeserializer(Money.class, new Reader());
    }

    static final class Writer extends ValueSerializer<Money> {

        @Override
        public void serialize(Money money, JsonGenerator out, SerializationContext context) {
            out.writeString(money.yuan().toPlainString());
        }
    }

    /** Reads "5250.00" and, for clients that send numbers, 5250 or 5250.5; more than two decimals are refused. */
    static final class Reader extends ValueDeserializer<Money> {

        @Override
        public Money deserialize(JsonParser in, DeserializationContext context) {
            JsonToken token = in.currentToken();
            if (token != JsonToken.VALUE_STRING
                    && token != JsonToken.VALUE_NUMBER_INT
                    && token != JsonToken.VALUE_NUMBER_FLOAT) {
                return (Money) context.handleUnexpectedToken(Money.class, in);
            }
            try {
                return Money.yuan(in.getString());
            } catch (InvalidValue invalid) {
                return (Money) context.handleWeirdStringValue(Money.class, in.getString(), invalid.getMessage());
            }
        }
    }
}
