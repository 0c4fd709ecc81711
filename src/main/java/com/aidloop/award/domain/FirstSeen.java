package com.aidloop.award.domain;

/**
 * Remembers, for a key seen in the rows of a file, the first row it appeared in and one more
 * number about it (a name's hash), in primitive arrays: a million students take about 32 MB
 * instead of the hundreds a map of strings would. Keys are 64-bit hashes of normalised values;
 * two different students sharing a hash is about a one-in-ten-million chance in a million rows.
 */
public final class FirstSeen {

    private static final long EMPTY = 0L;

    private long[] keys;
    private int[] rows;
    private int[] extras;
    private int size;

    public FirstSeen() {
        this(1 << 12);
    }

    FirstSeen(int capacity) {
        int c = Integer.highestOneBit(Math.max(16, capacity - 1)) << 1;
        keys = new long[c];
        rows = new int[c];
        extras = new int[c];
    }

    /** What was remembered of a key. */
    public record Entry(int row, int extra) {}

    /**
     * Remembers the key's first row unless it was seen before; returns what was remembered
     * earlier, or null when the key is new.
     */
    public Entry putIfAbsent(long key, int row, int extra) {
        long k = key == EMPTY ? 1 : key;
        int mask = keys.length - 1;
        int i = (int) mix(k) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == k) {
                return new Entry(rows[i], extras[i]);
            }
            i = (i + 1) & mask;
        }
        keys[i] = k;
        rows[i] = row;
        extras[i] = extra;
        if (++size * 2 > keys.length) {
            grow();
        }
        return null;
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        int[] oldExtras = extras;
        keys = new long[oldKeys.length * 2];
        rows = new int[keys.length];
        extras = new int[keys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = (int) mix(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                rows[i] = oldRows[j];
                extras[i] = oldExtras[j];
            }
        }
    }

    /** A 64-bit hash of a text (FNV-1a over the chars, then mixed), for keys of this table. */
    public static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** Combines two hashes into the key of a pair, e.g. a student and a programme. */
    public static long pair(long first, long second) {
        return mix(first * 31 + second);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
