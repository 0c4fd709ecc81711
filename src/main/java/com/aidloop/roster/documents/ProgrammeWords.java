package com.aidloop.roster.documents;

import com.aidloop.programme.Catalogue;
import com.aidloop.programme.PaymentChannel;
import com.aidloop.programme.ProgrammeInForce;
import com.aidloop.programme.Standard;
import com.aidloop.programme.TierResolution;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Programmes and tiers as a term's catalogue names them. Several programmes share a name across
 * stages (国家助学金 for 普通高中, 中职 and 高等教育; the living subsidy for 小学 and 初中), so a
 * document names such a programme with its stages, "国家助学金（普通高中）", and its roster, its
 * form line and its summary row cannot be mistaken for another. An award of a programme the
 * catalogue does not know keeps the name it was confirmed with.
 */
public final class ProgrammeWords {

    private final Catalogue catalogue;
    private final Map<String, Long> sharedNames = new HashMap<>();
    private final Map<String, String> tiers = new ConcurrentHashMap<>();
    private Map<String, PaymentChannel> settled = Map.of();

    private ProgrammeWords(Catalogue catalogue) {
        this.catalogue = catalogue;
        if (catalogue != null) {
            for (ProgrammeInForce p : catalogue.programmes()) {
                sharedNames.merge(p.name(), 1L, Long::sum);
            }
        }
    }

    public static ProgrammeWords of(Catalogue catalogue) {
        return new ProgrammeWords(catalogue);
    }

    /** Without a catalogue: names and tiers as the awards hold them. */
    public static ProgrammeWords asConfirmed() {
        return new ProgrammeWords(null);
    }

    /** With the programmes of the term that pay the school or in kind (no card on their rosters). */
    public ProgrammeWords paying(Map<String, PaymentChannel> settledWithSchools) {
        this.settled = Map.copyOf(settledWithSchools);
        return this;
    }

    /** How the programme pays in the term; by card unless it is settled with the schools. */
    public PaymentChannel channel(String code) {
        return settled.getOrDefault(code, PaymentChannel.CARD);
    }

    public Optional<Catalogue> catalogue() {
        return Optional.ofNullable(catalogue);
    }

    public String name(String code, String confirmedName) {
        if (catalogue == null) {
            return confirmedName;
        }
        return catalogue
                .programme(code)
                .map(p -> sharedNames.getOrDefault(p.name(), 0L) > 1
                        ? p.programme().displayName()
                        : p.name())
                .orElse(confirmedName);
    }

    public String tier(String programmeCode, String tier) {
        if (catalogue == null || tier == null) {
            return tier;
        }
        return tiers.computeIfAbsent(programmeCode + '\u0001' + tier, k -> catalogue
                .programme(programmeCode)
                .map(p -> catalogue.standard(p, tier))
                .filter(TierResolution.Found.class::isInstance)
                .map(found -> ((TierResolution.Found) found).standard())
                .map(Standard::tier)
                .map(t -> t.label())
                .orElse(tier));
    }
}
