namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// One verifying worker: its own connection's reader and its own <see cref="BlockCheck"/>. A block
/// is read in storage order first; only if that finds a fault is it read again in chain order
/// (<see cref="AuditEntrySql.SealedRange"/>), so that the fault named is exactly the one a
/// single pass in chain order names, whatever order the rows are stored in.
/// </summary>
internal sealed class BlockWorker : IDisposable
{
    private readonly AuditEntrySql _sql;
    private readonly BlockCheck _check;
    private readonly Func<AuditEntryRow, AuditVerificationResult?> _accept;

    public BlockWorker(AuditRowReader reader, AuditEntrySql sql, AuditCheckpointSet checkpoints, AuditSealHead head)
    {
        Reader = reader;
        _sql = sql;
        _check = new BlockCheck(checkpoints, head);
        _accept = _check.Accept;
    }

    public AuditRowReader Reader { get; }

    public AuditVerificationResult? Verify(AuditBlock block, byte[] previousChain, CancellationToken ct)
    {
        (string, long)[] range = [("@lo", block.FirstSequence), ("@hi", block.LastSequence)];
        if (Reader.IdRange(_sql.IdRange, block.FirstSequence, block.LastSequence) is { } ids)
        {
            _check.Begin(block, previousChain);
            if ((Reader.Read(_sql.StorageRange, [.. range, ("@idlo", ids.Min), ("@idhi", ids.Max)], _accept, ct) ?? _check.End()) is null)
            {
                return null;
            }
        }
        _check.Begin(block, previousChain);
        return Reader.Read(_sql.SealedRange, range, _accept, ct) ?? _check.End();
    }

    public void Dispose() => Reader.Dispose();
}
