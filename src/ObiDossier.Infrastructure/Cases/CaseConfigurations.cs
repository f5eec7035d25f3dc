using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Domain.Cases;

namespace ObiDossier.Infrastructure.Cases;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<CaseEntity>
{
    public void Configure(EntityTypeBuilder<CaseEntity> b)
    {
        b.ToTable("Cases");
        b.HasKey(c => c.Id);
        b.Property(c => c.Reference).HasMaxLength(32);
        b.HasIndex(c => c.Reference).IsUnique();
        b.Property(c => c.WorkflowName).HasMaxLength(64);
        b.Property(c => c.State).HasMaxLength(64);
        b.Property(c => c.AuthorId).HasMaxLength(128);
        b.Property(c => c.OwnerOrganisation).HasMaxLength(16);
        b.Property(c => c.SubmittedById).HasMaxLength(128);
        // Cases from before priorities existed are normal ones.
        b.Property(c => c.Priority).HasMaxLength(16).HasDefaultValue(CasePriorities.Normal);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Property(c => c.SummaryFindings).HasJsonConversion();
        b.Property(c => c.SummaryAuthorIds).HasJsonConversion().HasDefaultValueSql("'[]'");
        b.OwnsOne(c => c.Summary, s =>
        {
            s.Property(x => x.Title).HasColumnName("Title").HasMaxLength(200);
            s.Property(x => x.Narrative).HasColumnName("Narrative");
            s.Property(x => x.CountryOfOrigin).HasColumnName("CountryOfOrigin").HasMaxLength(100);
            s.Property(x => x.PeriodFrom).HasColumnName("PeriodFrom").HasMaxLength(10);
            s.Property(x => x.PeriodTo).HasColumnName("PeriodTo").HasMaxLength(10);
            s.Property(x => x.SuspectedCrimes).HasColumnName("SuspectedCrimes").HasJsonConversion();
            s.Property(x => x.PositionHeld).HasColumnName("PositionHeld").HasMaxLength(200);
        });
        // Keyset pagination on (CreatedAt, Reference), both immutable, and filters on state and session.
        b.HasIndex(c => new { c.CreatedAt, c.Reference });
        b.HasIndex(c => new { c.State, c.CreatedAt, c.Reference });
        b.HasIndex(c => new { c.SessionId, c.CreatedAt, c.Reference });
    }
}

internal sealed class CaseTransitionConfiguration : IEntityTypeConfiguration<CaseTransitionEntity>
{
    public void Configure(EntityTypeBuilder<CaseTransitionEntity> b)
    {
        b.ToTable("CaseTransitions");
        b.HasKey(t => t.Id);
        b.HasIndex(t => new { t.CaseId, t.Id });
        b.Property(t => t.From).HasMaxLength(64);
        b.Property(t => t.To).HasMaxLength(64);
        b.Property(t => t.Trigger).HasMaxLength(64);
        b.Property(t => t.ActorId).HasMaxLength(128);
        b.Property(t => t.ActorRole).HasMaxLength(32);
        b.Property(t => t.ActorOrganisation).HasMaxLength(16);
        b.Property(t => t.ActorName).HasMaxLength(200);
    }
}

internal sealed class CaseInterestConfiguration : IEntityTypeConfiguration<CaseInterestEntity>
{
    public void Configure(EntityTypeBuilder<CaseInterestEntity> b)
    {
        b.ToTable("CaseInterests");
        b.HasKey(i => new { i.CaseId, i.ProsecutorId });
        b.Property(i => i.ProsecutorId).HasMaxLength(128);
        b.Property(i => i.ProsecutorName).HasMaxLength(200);
    }
}

internal sealed class CaseTeamMemberConfiguration : IEntityTypeConfiguration<CaseTeamMemberEntity>
{
    public void Configure(EntityTypeBuilder<CaseTeamMemberEntity> b)
    {
        b.ToTable("CaseTeamMembers");
        b.HasKey(m => new { m.CaseId, m.UserId });
        b.Property(m => m.UserId).HasMaxLength(128);
        b.Property(m => m.DisplayName).HasMaxLength(200);
        b.Property(m => m.AddedById).HasMaxLength(128);
    }
}

internal sealed class CaseQuestionConfiguration : IEntityTypeConfiguration<CaseQuestionEntity>
{
    public void Configure(EntityTypeBuilder<CaseQuestionEntity> b)
    {
        b.ToTable("CaseQuestions");
        b.HasKey(q => q.Id);
        b.HasIndex(q => new { q.CaseId, q.AskedAt });
        b.Property(q => q.AskedById).HasMaxLength(128);
        b.Property(q => q.AnsweredById).HasMaxLength(128);
        b.Property(q => q.AnswerApprovedById).HasMaxLength(128);
    }
}

internal sealed class DisclosureConfiguration : IEntityTypeConfiguration<DisclosureEntity>
{
    public void Configure(EntityTypeBuilder<DisclosureEntity> b)
    {
        b.ToTable("Disclosures");
        b.HasKey(d => d.Id);
        b.HasIndex(d => new { d.CaseId, d.DraftedAt });
        b.Property(d => d.LegalBasisCode).HasMaxLength(64);
        b.Property(d => d.RecipientOrganisation).HasMaxLength(16);
        b.Property(d => d.DraftedById).HasMaxLength(128);
        b.Property(d => d.ReviewedById).HasMaxLength(128);
        b.Property(d => d.Regime).HasMaxLength(16);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.ReleasedFields).HasJsonConversion();
        b.Property(d => d.RecipientIds).HasJsonConversion();
        // Disclosures from before the OM's demand existed were all formal reports.
        b.Property(d => d.Route).HasMaxLength(16).HasDefaultValue(DisclosureRoutes.FormalReport);
        b.Property(d => d.OmCaseNumber).HasMaxLength(40);
        b.Property(d => d.Outcome).HasMaxLength(32);
        b.Property(d => d.OutcomeById).HasMaxLength(128);
    }
}
