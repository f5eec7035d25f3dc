using System.Text;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// Signs the current sealed head and appends it to the checkpoint file. Run it periodically
/// (the <c>audit-checkpoint</c> job), after sealing: a checkpoint covers what is sealed.
/// </summary>
public sealed class AuditCheckpointWriter(ObiDossierDbContext db, AuditCheckpointKey key, TimeProvider time)
{
    // One append at a time within a process; each line is written in a single call so lines
    // from several hosts do not interleave inside a line.
    private static readonly SemaphoreSlim AppendGate = new(1, 1);

    public async Task<AuditCheckpoint> WriteAsync(CancellationToken cancellationToken = default)
    {
        var head = await db.Set<AuditSealHead>().AsNoTracking()
            .SingleAsync(h => h.Id == AuditSealHead.SingletonId, cancellationToken);
        var checkpoint = AuditCheckpoint.Sign(
            key.GetOrCreate(), head.LastSequence, head.LastSequence, head.LastChainHash,
            AuditHashing.TruncateToMicroseconds(time.GetUtcNow()));
        var path = key.CheckpointsPath;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var bytes = Encoding.UTF8.GetBytes(checkpoint.ToJsonLine() + "\n");
        await AppendGate.WaitAsync(cancellationToken);
        try
        {
            await using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            await stream.WriteAsync(bytes, cancellationToken);
            stream.Flush(flushToDisk: true); // a checkpoint that a crash can lose protects nothing
        }
        finally
        {
            AppendGate.Release();
        }
        return checkpoint;
    }
}
