using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Sessions;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Cases;

namespace ObiDossier.Web.Dashboard;

/// <summary>One labelled number of a chart.</summary>
internal sealed record Figure(string Key, string Label, int Value);

/// <summary>The dashboard's figures; the charts, the tables and the CSV all come from these.</summary>
internal sealed record DashboardData(IReadOnlyList<Figure> PerState, IReadOnlyList<Figure> PerSession, IReadOnlyList<Figure> DecisionDays, double? MedianDays)
{
    public string ToCsv()
    {
        var csv = new StringBuilder("figure,key,label,value\n");
        foreach (var (name, figures) in new[] { ("cases-per-state", PerState), ("cases-per-session", PerSession), ("days-submission-to-decision", DecisionDays) })
            foreach (var f in figures)
                csv.Append(CultureInfo.InvariantCulture, $"{name},{Escape(f.Key)},{Escape(f.Label)},{f.Value}\n");
        return csv.ToString();
    }

    private static string Escape(string s) => s.Contains(',') || s.Contains('"') ? $"\"{s.Replace("\"", "\"\"")}\"" : s;
}

/// <summary>Counts over the cases the user may see: per state, per session, and the time from submission to OM's decision.</summary>
internal sealed class DashboardFigures(ObiDossierDbContext db)
{
    public static readonly (string Key, int From, int To)[] Buckets = [("0-7", 0, 7), ("8-14", 8, 14), ("15-30", 15, 30), ("31-60", 31, 60), ("60+", 61, int.MaxValue)];
    private static readonly string[] Decisions = [CaseWorkflow.Triggers.FlagInterest, CaseWorkflow.Triggers.DeclineInterest, CaseWorkflow.Triggers.DeadlinePassed];

    public async Task<DashboardData> BuildAsync(Actor actor, Func<string, string> stateLabel, Func<DateOnly, string> dateLabel, CancellationToken ct)
    {
        var visible = db.Set<CaseEntity>().AsNoTracking().VisibleTo(actor);
        var perState = await visible.GroupBy(c => c.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var perSession = await visible.Where(c => c.SessionId != null).GroupBy(c => c.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var sessionIds = perSession.Select(s => s.Key!.Value).ToList();
        var dates = await db.Set<SessionEntity>().AsNoTracking().Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Date, ct);

        var ids = visible.Select(c => c.Id);
        var transitions = await db.Set<CaseTransitionEntity>().AsNoTracking()
            .Where(t => ids.Contains(t.CaseId) && (t.Trigger == CaseWorkflow.Triggers.Submit || Decisions.Contains(t.Trigger)))
            .Select(t => new { t.CaseId, t.Trigger, t.At }).ToListAsync(ct);
        var days = transitions.GroupBy(t => t.CaseId)
            .Select(g => (Submitted: g.Where(t => t.Trigger == CaseWorkflow.Triggers.Submit).Select(t => (DateTimeOffset?)t.At).Min(),
                          Decided: g.Where(t => t.Trigger != CaseWorkflow.Triggers.Submit).Select(t => (DateTimeOffset?)t.At).Min()))
            .Where(x => x.Submitted is not null && x.Decided is not null)
            .Select(x => (int)Math.Floor((x.Decided!.Value - x.Submitted!.Value).TotalDays))
            .Order().ToList();

        return new DashboardData(
            [.. perState.OrderBy(s => s.Key).Select(s => new Figure(s.Key, stateLabel(s.Key), s.Count))],
            [.. perSession.Where(s => dates.ContainsKey(s.Key!.Value)).OrderBy(s => dates[s.Key!.Value])
                .Select(s => new Figure(dates[s.Key!.Value].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), dateLabel(dates[s.Key!.Value]), s.Count))],
            [.. Buckets.Select(b => new Figure(b.Key, b.Key, days.Count(d => d >= b.From && d <= b.To)))],
            days.Count == 0 ? null : days.Count % 2 == 1 ? days[days.Count / 2] : (days[days.Count / 2 - 1] + days[days.Count / 2]) / 2.0);
    }
}
