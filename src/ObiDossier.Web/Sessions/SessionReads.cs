using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Domain.Sessions;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Sessions;

/// <summary>A session's date, for pickers (the case list's filter).</summary>
public sealed record SessionDate(Guid Id, DateOnly Date);

/// <summary>
/// The sessions as <c>GET /sessions</c> and the session pages read them: everyone reads every
/// session; the actions in each view are those the caller may take (<see cref="SessionCommands.ViewAsync"/>).
/// </summary>
internal sealed class SessionReads(ObiDossierDbContext db, SessionCommands sessions, LegalCalendar calendar, TimeProvider clock)
{
    /// <summary>Upcoming first (soonest at the top), then the past ones, most recent first.</summary>
    public async Task<List<SessionView>> ListAsync(Actor actor, CancellationToken ct)
    {
        // "Today" at the table is the day in the Netherlands, also just after midnight there (still yesterday in UTC).
        var today = calendar.Today(clock.GetUtcNow());
        var all = await db.Set<SessionEntity>().AsNoTracking().ToListAsync(ct);
        var ordered = all.Where(s => s.Date >= today).OrderBy(s => s.Date).Concat(all.Where(s => s.Date < today).OrderByDescending(s => s.Date));
        var views = new List<SessionView>();
        foreach (var s in ordered) views.Add(await sessions.ViewAsync(s, actor, ct));
        return views;
    }

    /// <summary>The session, or <c>null</c> when there is none with that id.</summary>
    public async Task<SessionView?> FindAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var s = await db.Set<SessionEntity>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return s is null ? null : await sessions.ViewAsync(s, actor, ct);
    }

    /// <summary>The most recent sessions' dates, newest first.</summary>
    public async Task<IReadOnlyList<SessionDate>> RecentDatesAsync(int count, CancellationToken ct) =>
        await db.Set<SessionEntity>().AsNoTracking().OrderByDescending(s => s.Date).Take(count).Select(s => new SessionDate(s.Id, s.Date)).ToListAsync(ct);
}
