using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ObiDossier.Infrastructure.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<NotificationEntity>
{
    public void Configure(EntityTypeBuilder<NotificationEntity> b)
    {
        b.ToTable("Notifications");
        b.HasKey(n => n.Id);
        b.Property(n => n.Kind).HasMaxLength(64);
        b.Property(n => n.RecipientRole).HasMaxLength(64);
        b.Property(n => n.RecipientOrganisation).HasMaxLength(16);
        b.Property(n => n.RecipientUserId).HasMaxLength(128);
        b.Property(n => n.CaseReference).HasMaxLength(32);
        b.Property(n => n.Subject).HasMaxLength(200);
        b.Property(n => n.Body).HasMaxLength(2000);
        b.Property(n => n.MailStatus).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.MailError).HasMaxLength(500);
        // The inbox query: by recipient, newest first; the outbox query: pending, oldest first.
        b.HasIndex(n => new { n.RecipientRole, n.RecipientOrganisation, n.CreatedAt });
        b.HasIndex(n => new { n.RecipientUserId, n.CreatedAt });
        b.HasIndex(n => new { n.MailStatus, n.CreatedAt });
    }
}

internal sealed class NotificationReadConfiguration : IEntityTypeConfiguration<NotificationReadEntity>
{
    public void Configure(EntityTypeBuilder<NotificationReadEntity> b)
    {
        b.ToTable("NotificationReads");
        b.HasKey(r => new { r.NotificationId, r.UserId });
        b.Property(r => r.UserId).HasMaxLength(128);
        b.HasOne<NotificationEntity>().WithMany().HasForeignKey(r => r.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminderEntity>
{
    public void Configure(EntityTypeBuilder<SentReminderEntity> b)
    {
        b.ToTable("SentReminders");
        b.HasKey(r => new { r.Kind, r.ItemId });
        b.Property(r => r.Kind).HasMaxLength(32);
    }
}
