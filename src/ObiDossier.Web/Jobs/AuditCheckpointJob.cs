using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Web.Jobs;

/// <summary>
/// <c>audit-checkpoint</c>: seals what is pending, then signs the sealed head — unless the last
/// checkpoint already covers it, so a run after a restart adds nothing new.
/// </summary>
internal sealed class AuditCheckpointJob(ObiDossierDbContext db, AuditSealer sealer, AuditCheckpointWriter writer, AuditCheckpointKey key) : IScheduledJob
{
    public async Task<string> RunAsync(CancellationToken ct)
    {
        await sealer.SealPendingAsync(ct);
        var head = await db.Set<AuditSealHead>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditSealHead.SingletonId, ct);
        if (head is null || head.LastSequence == 0) return "nothing sealed yet: no checkpoint";
        if (await LastCheckpointedSequenceAsync(ct) >= head.LastSequence)
            return $"the last checkpoint already covers entry {head.LastSequence}";
        var checkpoint = await writer.WriteAsync(ct);
        return $"checkpoint written at entry {checkpoint.HeadSequence}";
    }

    // Only to skip a needless line: whether the checkpoints are genuine is `audit verify`'s question.
    private async Task<long> LastCheckpointedSequenceAsync(CancellationToken ct)
    {
        if (!File.Exists(key.CheckpointsPath)) return 0;
        var last = (await File.ReadAllLinesAsync(key.CheckpointsPath, ct)).LastOrDefault(l => l.Length > 0);
        if (last is null) return 0;
        try
        {
            return JsonSerializer.Deserialize<AuditCheckpoint>(last)?.HeadSequence ?? 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }
}
