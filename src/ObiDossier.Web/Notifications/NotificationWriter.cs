using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.Notifications;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Sessions;

namespace ObiDossier.Web.Notifications;

/// <summary>Who a notification is for: a role in an organisation, or one user of it.</summary>
internal sealed record Recipient(string Role, string Organisation, string? UserId = null);

/// <summary>
/// Adds notification rows to the caller's unit of work, for the <c>notify</c> effects of a
/// transition: they commit with the transition or not at all (transactional outbox). Saves nothing.
/// </summary>
internal sealed class NotificationWriter(ObiDossierDbContext db)
{
    /// <summary>The notifications of a case's transition for each of <paramref name="roles"/> (the definition's <c>notify</c> effects).</summary>
    public async Task AddForCaseTransitionAsync(Case c, TransitionResult result, IReadOnlyList<string> roles, DateTimeOffset now, CancellationToken ct)
    {
        if (roles.Count == 0) return;
        var entity = c.Entity;
        DateOnly? sessionDate = null;
        if (result.Trigger == CaseWorkflow.Triggers.AgendaFrozen && entity.SessionId is { } sessionId)
            sessionDate = (await db.Set<SessionEntity>().FindAsync([sessionId], ct))?.Date;
        foreach (var role in roles)
        {
            var body = NotificationTexts.ForCaseTransition(result.Trigger, role, entity.Reference, entity.State, sessionDate);
            foreach (var recipient in Recipients(entity, role, c.InterestedProsecutorIds))
                Add(recipient, "case." + result.Trigger, NotificationTexts.CaseSubject(entity.Reference), body, now, entity.Id, entity.Reference, entity.SessionId);
        }
    }

    public void AddForSessionTransition(SessionEntity s, TransitionResult result, IReadOnlyList<string> roles, int agendaCount, DateTimeOffset now)
    {
        foreach (var role in roles)
        {
            Add(new Recipient(role, Organisations.ForRole(role)), "session." + result.Trigger, NotificationTexts.SessionSubject(s.Date),
                NotificationTexts.ForSessionTransition(result.Trigger, s.Date, agendaCount), now, sessionId: s.Id);
        }
    }

    public void AddReminder(string kind, Recipient recipient, CaseEntity c, DateOnly since, DateTimeOffset now) =>
        Add(recipient, "reminder." + kind, "Herinnering: " + NotificationTexts.CaseSubject(c.Reference),
            NotificationTexts.ForReminder(kind, c.Reference, since), now, c.Id, c.Reference, c.SessionId);

    /// <summary>The recipients of <paramref name="role"/>'s news about a stored case (its interests read from the database).</summary>
    public async Task<IReadOnlyList<Recipient>> RecipientsAsync(CaseEntity c, string role, CancellationToken ct)
    {
        var interested = role == Roles.OmProsecutor && c.SessionId is not null
            ? await db.Set<CaseInterestEntity>().Where(i => i.CaseId == c.Id).Select(i => i.ProsecutorId).ToListAsync(ct)
            : [];
        return Recipients(c, role, interested);
    }

    /// <summary>
    /// Prosecutors who flagged interest in the case are its recipients (README "Roles"); once there are
    /// any, OM news about the case goes to them, not to every prosecutor. A case that has never been on
    /// an agenda does not exist for OM, so OM hears nothing of it (not even that it was withdrawn).
    /// IND news goes to the owner organisation.
    /// </summary>
    private static IReadOnlyList<Recipient> Recipients(CaseEntity c, string role, IEnumerable<string> interestedProsecutorIds)
    {
        if (role == Roles.OmProsecutor)
        {
            if (c.SessionId is null) return [];
            var interested = interestedProsecutorIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (interested.Count > 0) return [.. interested.Select(id => new Recipient(role, Organisations.Om, id))];
            return [new Recipient(role, Organisations.Om)];
        }
        return [new Recipient(role, role == Roles.IndOfficer ? c.OwnerOrganisation : Organisations.ForRole(role))];
    }

    private void Add(Recipient recipient, string kind, string subject, string body, DateTimeOffset now,
        Guid? caseId = null, string? reference = null, Guid? sessionId = null) =>
        db.Add(new NotificationEntity
        {
            Id = Guid.CreateVersion7(now), CreatedAt = now, Kind = kind,
            RecipientRole = recipient.Role, RecipientOrganisation = recipient.Organisation, RecipientUserId = recipient.UserId,
            CaseId = caseId, CaseReference = reference, SessionId = sessionId,
            Subject = subject, Body = body, MailStatus = MailStatus.Pending,
        });
}
