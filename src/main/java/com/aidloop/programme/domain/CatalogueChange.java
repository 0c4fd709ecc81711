package com.aidloop.programme.domain;

import com.aidloop.programme.CatalogueChangeRefused;
import com.aidloop.programme.CatalogueChangeView;
import com.aidloop.programme.CatalogueOwner;
import com.aidloop.programme.ChangeKind;
import com.aidloop.programme.ChangeStatus;
import com.aidloop.shared.FreeText;
import com.aidloop.shared.Text;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A proposed change of the catalogue (双人复核): a new standard, a new exclusion group or the
 * removal of one. It takes effect only when a second person with the same right approves it;
 * the proposer may withdraw it, never approve or reject it. Once decided it stays as it was
 * decided, so the catalogue's history says who proposed and who approved each change.
 */
public final class CatalogueChange {

    public static final int DECISION_NOTE_MAX = 200;
    public static final int SUMMARY_MAX = 500;

    /** What the change does once approved. */
    public sealed interface Content permits ProposedStandard, ProposedExclusion, ProposedRemoval {}

    /** A standard for a programme's tier from a term. */
    public record ProposedStandard(long programmeId, String programmeCode, StandardEntry entry) implements Content {

        public ProposedStandard {
            Objects.requireNonNull(programmeCode);
            Objects.requireNonNull(entry);
        }
    }

    /** A new group of programmes of which a student may hold only one in a school year. */
    public record ProposedExclusion(String name, List<String> programmeCodes, String note, String source)
            implements Content {

        public ProposedExclusion {
            programmeCodes = List.copyOf(programmeCodes);
        }
    }

    /** The removal of a standing group. */
    public record ProposedRemoval(long exclusionId, String name, List<String> programmeCodes) implements Content {

        public ProposedRemoval {
            programmeCodes = List.copyOf(programmeCodes);
        }
    }

    private final Long id;
    private final int version;
    private final CatalogueOwner owner;
    private final Content content;
    private final String summary;
    private final String proposedBy;
    private final Instant proposedAt;
    private ChangeStatus status;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;

    private CatalogueChange(
            Long id,
            int version,
            CatalogueOwner owner,
            Content content,
            String summary,
            String proposedBy,
            Instant proposedAt,
            ChangeStatus status,
            String decidedBy,
            Instant decidedAt,
            String decisionNote) {
        this.id = id;
        this.version = version;
        this.owner = Objects.requireNonNull(owner);
        this.content = Objects.requireNonNull(content);
        this.summary = Objects.requireNonNull(summary);
        this.proposedBy = Objects.requireNonNull(proposedBy);
        this.proposedAt = Objects.requireNonNull(proposedAt);
        this.status = Objects.requireNonNull(status);
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.decisionNote = decisionNote == null ? "" : decisionNote;
    }

    /** A new proposal, waiting for a second person. */
    public static CatalogueChange propose(
            CatalogueOwner owner, Content content, String summary, String by, Instant at) {
        String shown = summary.length() > SUMMARY_MAX ? summary.substring(0, SUMMARY_MAX - 1) + "…" : summary;
        return new CatalogueChange(null, 0, owner, content, shown, by, at, ChangeStatus.PENDING, null, null, "");
    }

    /** Rebuilds a stored change. */
    public static CatalogueChange restore(
            long id,
            int version,
            CatalogueOwner owner,
            Content content,
            String summary,
            String proposedBy,
            Instant proposedAt,
            ChangeStatus status,
            String decidedBy,
            Instant decidedAt,
            String decisionNote) {
        return new CatalogueChange(
                id,
                version,
                owner,
                content,
                summary,
                proposedBy,
                proposedAt,
                status,
                decidedBy,
                decidedAt,
                decisionNote);
    }

    /** 审核通过 by a second person: the change takes effect now. The proposer never approves their own change. */
    public void approve(String by, Instant at) {
        requirePending();
        if (isProposer(by)) {
            throw new CatalogueChangeRefused("programme.change.ownApproval");
        }
        decide(ChangeStatus.APPROVED, by, at, "");
    }

    /** 退回 by a second person, with a reason: the change never takes effect. */
    public void reject(String by, Instant at, String reason) {
        requirePending();
        if (isProposer(by)) {
            throw new CatalogueChangeRefused("programme.change.ownRejection");
        }
        decide(ChangeStatus.REJECTED, by, at, FreeText.limited("reason", Text.normalize(reason), DECISION_NOTE_MAX));
    }

    /** 撤回 by the proposer: the change never takes effect. */
    public void withdraw(String by, Instant at) {
        requirePending();
        if (!isProposer(by)) {
            throw new CatalogueChangeRefused("programme.change.notYours");
        }
        decide(ChangeStatus.WITHDRAWN, by, at, "");
    }

    public boolean isProposer(String username) {
        return proposedBy.equalsIgnoreCase(username);
    }

    private void requirePending() {
        if (status != ChangeStatus.PENDING) {
            throw new CatalogueChangeRefused("programme.change.decided", status.label(), decidedBy);
        }
    }

    private void decide(ChangeStatus decided, String by, Instant at, String note) {
        status = decided;
        decidedBy = Objects.requireNonNull(by);
        decidedAt = Objects.requireNonNull(at);
        decisionNote = note;
    }

    public ChangeKind kind() {
        return switch (content) {
            case ProposedStandard s -> ChangeKind.STANDARD;
            case ProposedExclusion e -> ChangeKind.EXCLUSION_ADDED;
            case ProposedRemoval r -> ChangeKind.EXCLUSION_REMOVED;
        };
    }

    public CatalogueChangeView view() {
        StandardEntry entry = content instanceof ProposedStandard s ? s.entry() : null;
        String programmeCode = content instanceof ProposedStandard s ? s.programmeCode() : null;
        Long exclusionId = content instanceof ProposedRemoval r ? r.exclusionId() : null;
        List<String> codes =
                switch (content) {
                    case ProposedStandard s -> List.of(s.programmeCode());
                    case ProposedExclusion e -> e.programmeCodes();
                    case ProposedRemoval r -> r.programmeCodes();
                };
        return new CatalogueChangeView(
                id == null ? 0 : id,
                kind(),
                owner,
                status,
                summary,
                programmeCode,
                codes,
                entry == null ? null : entry.tier(),
                entry == null ? null : entry.validFrom(),
                exclusionId,
                proposedBy,
                proposedAt,
                decidedBy,
                decidedAt,
                decisionNote,
                version);
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public CatalogueOwner owner() {
        return owner;
    }

    public Content content() {
        return content;
    }

    public String summary() {
        return summary;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public ChangeStatus status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }

    @Override
    public String toString() {
        return "CatalogueChange[" + id + " " + kind() + " " + status + "]";
    }
}
