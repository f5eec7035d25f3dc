using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.ProcessingLog;
using ObiDossier.Infrastructure.Vault;

namespace ObiDossier.Web.ProcessingLog;

/// <summary>
/// Writes one processing record per data subject per operation (Logboek Dataverwerkingen), in the
/// caller's transaction. The data subject appears only as a keyed hash of its identifier.
/// </summary>
internal sealed class ProcessingLogWriter(ObiDossierDbContext db, Pseudonymiser pseudonymiser, TimeProvider clock)
{
    public const string VNumberType = "vreemdelingennummer";
    public const string CaseType = "dossier";

    private readonly Dictionary<string, (int Version, string LegalBasisCode)> _activities = new(StringComparer.Ordinal);

    /// <summary>A processing under the legal basis that the register names for <paramref name="activityId"/>.</summary>
    public async Task AddAsync(string name, string activityId, Guid caseId, PersonalData? subject,
        Actor actor, IReadOnlyList<string> fields, DateTimeOffset start, CancellationToken ct) =>
        await AddAsync(name, activityId, (await CurrentAsync(activityId, ct)).LegalBasisCode, caseId, subject, actor, fields, start, ct);

    /// <summary>A processing under a basis of its own (a disclosure's basis), pointing at the activity's current version.</summary>
    public async Task AddAsync(string name, string activityId, string legalBasisCode, Guid caseId, PersonalData? subject,
        Actor actor, IReadOnlyList<string> fields, DateTimeOffset start, CancellationToken ct)
    {
        var (type, id) = subject?.VNumber is { Length: > 0 } vNumber
            ? (VNumberType, pseudonymiser.DataSubjectId(VNumberType, vNumber))
            : (CaseType, pseudonymiser.DataSubjectId(CaseType, caseId.ToString("N")));
        await AddRecordAsync(name, activityId, legalBasisCode, caseId, type, id, actor, fields, start, ct);
    }

    /// <summary>
    /// A processing of an OBI reporter's contact, under the basis the register names for
    /// <paramref name="activityId"/>. The data subject is the reporter of signal
    /// <paramref name="signalId"/> (its keyed hash, type <see cref="ReporterType"/>); the record's
    /// <c>caseId</c> is the signal's id, so <c>GET /processing-log?caseId=</c> finds a signal's records too.
    /// </summary>
    public async Task AddForReporterAsync(string name, string activityId, Guid signalId, Actor actor, IReadOnlyList<string> fields,
        DateTimeOffset start, CancellationToken ct)
    {
        var (_, legalBasisCode) = await CurrentAsync(activityId, ct);
        await AddRecordAsync(name, activityId, legalBasisCode, signalId, ReporterType, pseudonymiser.DataSubjectId(ReporterType, signalId.ToString("N")),
            actor, fields, start, ct);
    }

    /// <summary>The data subject type of an OBI reporter, identified by the signal they reported.</summary>
    public const string ReporterType = "obi-melder";

    private async Task AddRecordAsync(string name, string activityId, string legalBasisCode, Guid caseId, string type, string id,
        Actor actor, IReadOnlyList<string> fields, DateTimeOffset start, CancellationToken ct)
    {
        var (version, _) = await CurrentAsync(activityId, ct);
        var activity = Activity.Current;
        db.Add(new ProcessingRecordEntity
        {
            TraceId = activity?.TraceId.ToHexString() ?? ActivityTraceId.CreateRandom().ToHexString(),
            SpanId = ActivitySpanId.CreateRandom().ToHexString(),
            Name = name,
            StartTime = start,
            EndTime = clock.GetUtcNow(),
            StatusCode = "OK",
            ProcessingActivityId = activityId,
            ProcessingActivityVersion = version,
            LegalBasisCode = legalBasisCode,
            DataSubjectId = id,
            DataSubjectType = type,
            CaseId = caseId,
            ActorId = actor.Id,
            ActorRole = actor.Role,
            ActorOrganisation = actor.Organisation,
            Fields = fields.ToList(),
        });
    }

    /// <summary>The legal basis the register of processing activities names for an activity today.</summary>
    public async Task<string> LegalBasisOfAsync(string activityId, CancellationToken ct) => (await CurrentAsync(activityId, ct)).LegalBasisCode;

    private async Task<(int Version, string LegalBasisCode)> CurrentAsync(string activityId, CancellationToken ct)
    {
        if (_activities.TryGetValue(activityId, out var current)) return current;
        var activity = await db.Set<ProcessingActivityEntity>().AsNoTracking().Where(a => a.Id == activityId)
            .OrderByDescending(a => a.Version).Select(a => new { a.Version, a.LegalBasisCode }).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"Processing activity '{activityId}' is not registered.");
        return _activities[activityId] = (activity.Version, activity.LegalBasisCode);
    }
}
