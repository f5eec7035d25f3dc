using ObiDossier.Web.Notifications;

namespace ObiDossier.Web.Jobs;

/// <summary><c>outbox</c>: delivers pending notifications by e-mail.</summary>
internal sealed class OutboxJob(OutboxDelivery delivery) : IScheduledJob
{
    public Task<string> RunAsync(CancellationToken ct) => delivery.DeliverPendingAsync(ct);
}
