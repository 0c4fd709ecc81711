package com.aidloop.demo;

import com.aidloop.shared.BankCardNumber;
import com.aidloop.shared.Gender;
import com.aidloop.shared.IdNumber;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Makes realistic, valid and unique personal data for demo people: Chinese names, ID numbers
 * that agree with birth date, gender and county, mobile numbers and Luhn-valid aid cards.
 * Deterministic for a given seed, so every demo installation looks the same.
 */
final class DemoPeople {

    private static final String SURNAMES =
            "李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜钟谭陆汪范金石廖贾夏付方邹熊秦邱江尹黎易喻毛龚邵万严汤";
    private static final String MALE_GIVEN = "伟强磊军勇杰涛明超斌浩俊鹏辉宇航轩睿博文子豪晨阳志宏建国家乐天佑梓毅";
    private static final String FEMALE_GIVEN = "芳娜敏静丽艳娟霞燕玲婷雪慧琳欣怡佳梦涵雨萱诗雅思悦可馨晓彤子琪紫嫣";
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String[] CARD_BINS = {"6230901", "6217995", "6228480", "6215581"};

    private final Random random;
    private final Set<String> usedIds = new HashSet<>();
    private final Set<String> usedPhones = new HashSet<>();

    DemoPeople(long seed) {
        this.random = new Random(seed);
    }

    Gender gender() {
        return random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
    }

    String surname() {
        return String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    }

    String givenName(Gender gender) {
        String pool = gender == Gender.MALE ? MALE_GIVEN : FEMALE_GIVEN;
        StringBuilder name = new StringBuilder().append(pool.charAt(random.nextInt(pool.length())));
        if (random.nextInt(10) < 7) {
            name.append(pool.charAt(random.nextInt(pool.length())));
        }
        return name.toString();
    }

    LocalDate birthDate(int fromYear, int toYear) {
        return birthBetween(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    LocalDate birthBetween(LocalDate from, LocalDate to) {
        int days = (int) (to.toEpochDay() - from.toEpochDay());
        return from.plusDays(random.nextInt(Math.max(days, 0) + 1));
    }

    /** A valid, unused 18-character ID number first registered in the given county. */
    IdNumber idNumber(String countyCode, LocalDate birth, Gender gender) {
        while (true) {
            int sequence = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
            String first17 = countyCode + birth.format(BIRTH) + String.format("%03d", sequence);
            String id = first17 + IdNumber.checkCharacter(first17);
            if (usedIds.add(id)) {
                return new IdNumber(id);
            }
        }
    }

    String mobile() {
        while (true) {
            String phone =
                    "1" + "3578".charAt(random.nextInt(4)) + String.format("%09d", random.nextInt(1_000_000_000));
            if (usedPhones.add(phone)) {
                return phone;
            }
        }
    }

    /** A 19-digit card number with a correct Luhn check digit. */
    String aidCard() {
        String bin = CARD_BINS[random.nextInt(CARD_BINS.length)];
        StringBuilder body = new StringBuilder(bin);
        while (body.length() < 18) {
            body.append(random.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            if (BankCardNumber.luhn(body.toString() + check)) {
                return body.toString() + check;
            }
        }
        throw new IllegalStateException("no Luhn digit");
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }
}
