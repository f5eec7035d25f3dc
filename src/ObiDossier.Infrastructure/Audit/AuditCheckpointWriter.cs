using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// Signs the current sealed head and appends it to the checkpoint log. The sealer checkpoints
/// every block it seals; this catches up after a crash between a seal and its checkpoint (the
/// <c>audit-checkpoint</c> job).
/// </summary>
public sealed class AuditCheckpointWriter(ObiDossierDbContext db, AuditCheckpointKey key, TimeProvider time)
{
    public async Task<AuditCheckpoint> WriteAsync(CancellationToken cancellationToken = default)
    {
        var head = await db.Set<AuditSealHead>().AsNoTracking()
            .SingleAsync(h => h.Id == AuditSealHead.SingletonId, cancellationToken);
        return await new AuditCheckpointLog(key, time).AppendAsync(head.LastSequence, head.LastChainHash, cancellationToken);
    }
}
