using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Hosting;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Sessions;

namespace ObiDossier.Web.Jobs;

/// <summary>
/// <c>response-deadlines</c>: OM responds until the configured number of days after the session's
/// date (that day included); a case still on the agenda after it moves to NoInterest. Also closes
/// sessions whose date has passed and that nobody closed. Derived from dates alone, so it does not
/// matter whether anyone opened or closed the session.
/// </summary>
internal sealed class ResponseDeadlinesJob(ObiDossierDbContext db, SystemActions system, IOptions<ScheduleOptions> options, LegalCalendar calendar, TimeProvider clock) : IScheduledJob
{
    public async Task<string> RunAsync(CancellationToken ct)
    {
        var o = options.Value;
        var today = calendar.Today(clock.GetUtcNow());
        var lastSessionPastDeadline = today.AddDays(-o.ResponseDeadlines.DaysAfter - 1);
        var sessionsPastDeadline = db.Set<SessionEntity>().Where(s => s.Date <= lastSessionPastDeadline).Select(s => s.Id);
        var overdue = await db.Set<CaseEntity>().AsNoTracking()
            .Where(c => c.State == CaseWorkflow.States.OnAgenda && c.SessionId != null && sessionsPastDeadline.Contains(c.SessionId.Value))
            .OrderBy(c => c.CreatedAt).Select(c => c.Id).ToListAsync(ct);
        var moved = await system.FireOnCasesAsync(overdue, CaseWorkflow.Triggers.DeadlinePassed, ct);

        var unclosed = await db.Set<SessionEntity>().AsNoTracking()
            .Where(s => (s.State == SessionWorkflow.States.AgendaFrozen || s.State == SessionWorkflow.States.InSession) && s.Date < today)
            .OrderBy(s => s.Date).Select(s => s.Id).ToListAsync(ct);
        var closed = await system.FireOnSessionsAsync(unclosed, SessionWorkflow.Triggers.Close, ct);
        return $"{moved} case(s) past the response deadline moved to NoInterest, {closed} session(s) closed";
    }
}
