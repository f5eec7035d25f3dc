namespace ObiDossier.Infrastructure.Notifications;

/// <summary>
/// An in-app notification and its outbox entry for e-mail, written in the same transaction as the
/// transition (or reminder) it reports, so it exists if and only if that change committed.
/// Addressed to every user of a role in an organisation, or to one user of that role.
/// The texts carry no personal data: case reference, state and dates only.
/// </summary>
public sealed class NotificationEntity
{
    public Guid Id { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>What it reports, e.g. <c>case.agenda-frozen</c> or <c>reminder.question</c>.</summary>
    public required string Kind { get; set; }

    public required string RecipientRole { get; set; }
    public required string RecipientOrganisation { get; set; }

    /// <summary>Set when one user is meant (e.g. a prosecutor who flagged interest); null for the whole role.</summary>
    public string? RecipientUserId { get; set; }

    public Guid? CaseId { get; set; }
    public string? CaseReference { get; set; }
    public Guid? SessionId { get; set; }

    public required string Subject { get; set; }
    public required string Body { get; set; }

    public MailStatus MailStatus { get; set; }
    public int MailAttempts { get; set; }
    public DateTimeOffset? MailSentAt { get; set; }

    /// <summary>The last delivery error (an SMTP message, never personal data: the text has none).</summary>
    public string? MailError { get; set; }
}

public enum MailStatus
{
    /// <summary>Waiting for the outbox job.</summary>
    Pending,
    Sent,

    /// <summary>Mail was off, or nobody is configured for the recipient, when the outbox looked.</summary>
    Skipped,

    /// <summary>Gave up after the configured number of attempts.</summary>
    Failed,
}

/// <summary>That one user has read one notification (a role-wide notification is read per user).</summary>
public sealed class NotificationReadEntity
{
    public Guid NotificationId { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset ReadAt { get; set; }
}

/// <summary>
/// A reminder that was sent: one per item per kind, so the reminders job, which scans stored
/// state, never sends the same reminder twice (also not after a restart).
/// </summary>
public sealed class SentReminderEntity
{
    /// <summary><c>question</c>, <c>legal-review</c> or <c>acknowledge</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The question's or the disclosure's id.</summary>
    public Guid ItemId { get; set; }

    public Guid CaseId { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
