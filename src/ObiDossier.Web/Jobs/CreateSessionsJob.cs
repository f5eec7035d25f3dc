using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ObiDossier.Domain;
using ObiDossier.Domain.Sessions;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Hosting;
using ObiDossier.Web.Sessions;

namespace ObiDossier.Web.Jobs;

/// <summary><c>create-sessions</c>: keeps the configured number of sessions scheduled ahead.</summary>
internal sealed class CreateSessionsJob(ObiDossierDbContext db, SessionCommands sessions, IOptions<ScheduleOptions> options, LegalCalendar calendar, TimeProvider clock) : IScheduledJob
{
    public async Task<string> RunAsync(CancellationToken ct)
    {
        var o = options.Value;
        var today = calendar.Today(clock.GetUtcNow());
        var wanted = SessionSchedule.Next(today, o.CreateSessions.DayOfWeek, o.CreateSessions.WeekOfMonth, o.CreateSessions.Ahead);
        var existing = await db.Set<SessionEntity>().AsNoTracking().Where(s => s.Date >= today).Select(s => s.Date).ToListAsync(ct);
        var created = new List<DateOnly>();
        foreach (var date in wanted.Except(existing))
        {
            // A 409 means another instance created it just now: that is the same outcome.
            var result = await sessions.CreateAsync(date, Actor.System, ct);
            if (result.Error is null) created.Add(date);
        }
        return created.Count == 0
            ? "no session to create"
            : $"{created.Count} session(s) created: {string.Join(", ", created.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}";
    }
}
