using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ObiDossier.Domain;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.Notifications;
using ObiDossier.Web.Hosting;
using ObiDossier.Web.Notifications;
using ObiDossier.Domain.Cases;

namespace ObiDossier.Web.Jobs;

/// <summary>
/// <c>reminders</c>: an OM question unanswered, a disclosure waiting for legal review, a release
/// not acknowledged — each after its configured number of days, once per item (the sent reminder
/// is stored with its notifications, in one transaction).
/// </summary>
internal sealed class RemindersJob(ObiDossierDbContext db, IServiceScopeFactory scopes, IOptions<ScheduleOptions> options, LegalCalendar calendar, TimeProvider clock) : IScheduledJob
{
    private sealed record Due(string Kind, Guid ItemId, Guid CaseId, DateTimeOffset Since, string Role, IReadOnlyList<string>? Users = null);

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var o = options.Value.Reminders;
        var now = clock.GetUtcNow();
        var sent = db.Set<SentReminderEntity>();
        var questionCutoff = now.AddDays(-o.QuestionDays);
        var reviewCutoff = now.AddDays(-o.LegalReviewDays);
        var acknowledgeCutoff = now.AddDays(-o.AcknowledgeDays);

        var due = new List<Due>();
        due.AddRange((await db.Set<CaseQuestionEntity>().AsNoTracking()
                .Where(q => q.AnsweredAt == null && q.AskedAt <= questionCutoff)
                .Where(q => db.Set<CaseEntity>().Any(c => c.Id == q.CaseId && c.State == CaseWorkflow.States.InformationRequested))
                .Where(q => !sent.Any(r => r.Kind == ReminderKinds.Question && r.ItemId == q.Id))
                .Select(q => new { q.Id, q.CaseId, q.AskedAt }).ToListAsync(ct))
            .Select(q => new Due(ReminderKinds.Question, q.Id, q.CaseId, q.AskedAt, Roles.IndOfficer)));
        due.AddRange((await db.Set<DisclosureEntity>().AsNoTracking()
                .Where(d => d.Status == DisclosureStatus.InReview && d.DraftedAt <= reviewCutoff)
                .Where(d => !sent.Any(r => r.Kind == ReminderKinds.LegalReview && r.ItemId == d.Id))
                .Select(d => new { d.Id, d.CaseId, d.DraftedAt }).ToListAsync(ct))
            .Select(d => new Due(ReminderKinds.LegalReview, d.Id, d.CaseId, d.DraftedAt, Roles.LegalReviewer)));
        due.AddRange((await db.Set<DisclosureEntity>().AsNoTracking()
                .Where(d => d.Status == DisclosureStatus.Approved && d.ReviewedAt != null && d.ReviewedAt <= acknowledgeCutoff)
                .Where(d => db.Set<CaseEntity>().Any(c => c.Id == d.CaseId && c.State == CaseWorkflow.States.Released))
                .Where(d => !sent.Any(r => r.Kind == ReminderKinds.Acknowledge && r.ItemId == d.Id))
                .Select(d => new { d.Id, d.CaseId, d.ReviewedAt, d.RecipientIds }).ToListAsync(ct))
            .Select(d => new Due(ReminderKinds.Acknowledge, d.Id, d.CaseId, d.ReviewedAt!.Value, Roles.OmProsecutor, d.RecipientIds)));

        var count = 0;
        foreach (var item in due)
        {
            if (await SendAsync(item, now, ct)) count++;
        }
        return $"{count} reminder(s) sent";
    }

    private async Task<bool> SendAsync(Due item, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var scoped = scope.ServiceProvider.GetRequiredService<ObiDossierDbContext>();
        var writer = scope.ServiceProvider.GetRequiredService<NotificationWriter>();
        var c = await scoped.Set<CaseEntity>().AsNoTracking().FirstAsync(x => x.Id == item.CaseId, ct);
        var recipients = item.Users is { Count: > 0 } users
            ? [.. users.Select(u => new Recipient(item.Role, Organisations.Om, u))]
            : await writer.RecipientsAsync(c, item.Role, ct);
        var since = calendar.Today(item.Since);
        foreach (var recipient in recipients) writer.AddReminder(item.Kind, recipient, c, since, now);
        scoped.Add(new SentReminderEntity { Kind = item.Kind, ItemId = item.ItemId, CaseId = item.CaseId, SentAt = now });
        try
        {
            await scoped.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another run sent this one first (the key is the item): its notifications stand, ours are dropped.
            return false;
        }
    }
}
