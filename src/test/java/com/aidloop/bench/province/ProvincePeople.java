package com.aidloop.bench.province;

import com.aidloop.shared.BankCardNumber;
import com.aidloop.shared.Gender;
import com.aidloop.shared.IdNumber;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The people of one county, made by one thread from a seed of their own: names, ID numbers valid
 * under GB 11643 and unique by construction (county, birth date and a counter per day and
 * gender, so students never need a set of used numbers), mobiles and Luhn-valid aid cards unique
 * by the county's index and a counter.
 */
final class ProvincePeople {

    private static final String SURNAMES =
            "李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜钟谭陆汪范金石廖贾夏付方邹熊秦邱江尹黎易喻毛龚邵万严汤";
    private static final String MALE_GIVEN = "伟强磊军勇杰涛明超斌浩俊鹏辉宇航轩睿博文子豪晨阳志宏建国家乐天佑梓毅";
    private static final String FEMALE_GIVEN = "芳娜敏静丽艳娟霞燕玲婷雪慧琳欣怡佳梦涵雨萱诗雅思悦可馨晓彤子琪紫嫣";
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String[] CARD_BINS = {"6230901", "6217995", "6228480", "6215581"};
    private static final LocalDate EPOCH = LocalDate.of(1950, 1, 1);

    private final SplittableRandom random;
    private final String countyCode;
    private final int countyIndex;
    /** Students registered per birth day (days since 1950) and gender: the ID's sequence. */
    private final short[][] perDay = new short[2][80 * 366];

    private long cards;

    ProvincePeople(long seed, String countyCode, int countyIndex) {
        this.random = new SplittableRandom(new Random(seed * 1_000_003L + countyIndex).nextLong());
        this.countyCode = countyCode;
        this.countyIndex = countyIndex;
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

    LocalDate birthBetween(LocalDate from, LocalDate to) {
        int days = (int) (to.toEpochDay() - from.toEpochDay());
        return from.plusDays(random.nextInt(Math.max(days, 0) + 1));
    }

    /**
     * A student's ID number: unique in the county, since each birth day and gender has 500
     * sequences and the next free one is taken (the day after when a day is full).
     */
    IdNumber studentId(LocalDate birth, Gender gender) {
        int g = gender == Gender.MALE ? 1 : 0;
        LocalDate day = birth;
        while (perDay[g][(int) (day.toEpochDay() - EPOCH.toEpochDay())] >= 500) {
            day = day.plusDays(1);
        }
        int used = perDay[g][(int) (day.toEpochDay() - EPOCH.toEpochDay())]++;
        return id(day, used * 2 + g);
    }

    /**
     * An adult's ID number: random sequence. Adults are born before 2003 and students after 2004,
     * so an adult never shares a student's number; two adults may (nothing requires otherwise).
     */
    IdNumber adultId(LocalDate birth, Gender gender) {
        return id(birth, random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0));
    }

    private IdNumber id(LocalDate birth, int sequence) {
        String first17 = countyCode + birth.format(BIRTH) + String.format(Locale.ROOT, "%03d", sequence);
        return new IdNumber(first17 + IdNumber.checkCharacter(first17));
    }

    String mobile() {
        return "1" + "3578".charAt(random.nextInt(4))
                + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000));
    }

    /** A 19-digit card number with a correct Luhn digit, unique: bank prefix, county index, counter. */
    String aidCard() {
        String body = CARD_BINS[random.nextInt(CARD_BINS.length)]
                + String.format(Locale.ROOT, "%03d%08d", countyIndex, cards++);
        for (int check = 0; check < 10; check++) {
            if (BankCardNumber.luhn(body + check)) {
                return body + check;
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
