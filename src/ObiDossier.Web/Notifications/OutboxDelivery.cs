using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.Notifications;

namespace ObiDossier.Web.Notifications;

/// <summary>
/// Delivers pending notifications by e-mail. At least once: a crash between sending and saving
/// sends that one message again on the next run; every other row is marked as it is done.
/// </summary>
internal sealed class OutboxDelivery(ObiDossierDbContext db, IOptions<MailOptions> options, TimeProvider clock, ILogger<OutboxDelivery> logger)
{
    public const int BatchSize = 100;

    public async Task<string> DeliverPendingAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            var skipped = await db.Set<NotificationEntity>().Where(n => n.MailStatus == MailStatus.Pending)
                .ExecuteUpdateAsync(u => u.SetProperty(n => n.MailStatus, MailStatus.Skipped), ct);
            Telemetry.ObiMetrics.OutboxRemaining(0);
            return $"mail is off: {skipped} notification(s) kept in the app only";
        }

        var pending = await db.Set<NotificationEntity>().Where(n => n.MailStatus == MailStatus.Pending)
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).Take(BatchSize).ToListAsync(ct);
        int sent = 0, skippedCount = 0, failed = 0;
        await using var sender = new MailSender(options);
        foreach (var n in pending)
        {
            var to = o.AddressesFor(n.RecipientRole, n.RecipientUserId);
            if (to.Count == 0)
            {
                n.MailStatus = MailStatus.Skipped;
                skippedCount++;
            }
            else
            {
                try
                {
                    await sender.SendAsync(to, n.Subject, n.Body, ct);
                    n.MailStatus = MailStatus.Sent;
                    n.MailSentAt = clock.GetUtcNow();
                    n.MailError = null;
                    sent++;
                }
                catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException
                                              or MailKit.CommandException or MailKit.Security.AuthenticationException or MimeKit.ParseException)
                {
                    n.MailAttempts++;
                    n.MailError = e.Message.Length > 500 ? e.Message[..500] : e.Message;
                    if (n.MailAttempts >= o.MaxAttempts) n.MailStatus = MailStatus.Failed;
                    failed++;
                    logger.LogWarning("Mailing notification {Id} failed (attempt {Attempt}): {Error}", n.Id, n.MailAttempts, e.Message);
                }
            }
            await db.SaveChangesAsync(ct);
        }
        if (Telemetry.ObiMetrics.OutboxBacklogWanted)
            Telemetry.ObiMetrics.OutboxRemaining(await db.Set<NotificationEntity>().LongCountAsync(n => n.MailStatus == MailStatus.Pending, ct));
        return $"{sent} mailed, {skippedCount} without address, {failed} failed";
    }
}
