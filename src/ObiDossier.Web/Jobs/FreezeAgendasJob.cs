using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ObiDossier.Domain.Sessions;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Jobs;

/// <summary>
/// <c>freeze-agendas</c>: from the configured number of days before a session, freezes its agenda
/// (queued cases go on it). A session whose date has passed unfrozen is left alone: putting cases
/// on a meeting that is over would start their response deadline in the past.
/// </summary>
internal sealed class FreezeAgendasJob(ObiDossierDbContext db, SystemActions system, IOptions<ScheduleOptions> options, LegalCalendar calendar, TimeProvider clock) : IScheduledJob
{
    public async Task<string> RunAsync(CancellationToken ct)
    {
        var o = options.Value;
        var today = calendar.Today(clock.GetUtcNow());
        var last = today.AddDays(o.FreezeAgendas.DaysBefore);
        var due = await db.Set<SessionEntity>().AsNoTracking()
            .Where(s => s.State == SessionWorkflow.States.Scheduled && s.Date >= today && s.Date <= last)
            .OrderBy(s => s.Date).Select(s => s.Id).ToListAsync(ct);
        var frozen = await system.FireOnSessionsAsync(due, SessionWorkflow.Triggers.FreezeAgenda, ct);
        return $"{frozen} agenda(s) frozen";
    }
}
