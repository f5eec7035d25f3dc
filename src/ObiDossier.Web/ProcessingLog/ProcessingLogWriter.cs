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

    private readonly Dictionary<string, int> _versions = new(StringComparer.Ordinal);

    public async Task AddAsync(string name, string activityId, string legalBasisCode, Guid caseId, PersonalData? subject,
        Actor actor, IReadOnlyList<string> fields, DateTimeOffset start, CancellationToken ct, bool succeeded = true)
    {
        var version = await CurrentVersionAsync(activityId, ct);
        var (type, id) = subject?.VNumber is { Length: > 0 } vNumber
            ? (VNumberType, pseudonymiser.DataSubjectId(VNumberType, vNumber))
            : (CaseType, pseudonymiser.DataSubjectId(CaseType, caseId.ToString("N")));
        var activity = Activity.Current;
        db.Add(new ProcessingRecordEntity
        {
            TraceId = activity?.TraceId.ToHexString() ?? ActivityTraceId.CreateRandom().ToHexString(),
            SpanId = ActivitySpanId.CreateRandom().ToHexString(),
            Name = name,
            StartTime = start,
            EndTime = clock.GetUtcNow(),
            StatusCode = succeeded ? "OK" : "ERROR",
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

    private async Task<int> CurrentVersionAsync(string activityId, CancellationToken ct)
    {
        if (_versions.TryGetValue(activityId, out var version)) return version;
        version = await db.Set<ProcessingActivityEntity>().Where(a => a.Id == activityId)
            .MaxAsync(a => (int?)a.Version, ct) ?? throw new InvalidOperationException($"Processing activity '{activityId}' is not registered.");
        return _versions[activityId] = version;
    }
}
