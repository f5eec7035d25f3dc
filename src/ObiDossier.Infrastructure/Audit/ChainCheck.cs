namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// The verifier's running state over the sealed chain's block headers: the block hash chain, the
/// dense ranges, and what the entries verified so far reach, to compare with the anchors (seal
/// head, signed checkpoints) at the end. Headers are checked a page ahead of the entries they
/// cover; each sound block's boundary (the chain hash before it) comes from the header before
/// it, so the blocks' entries can then be checked independently (<see cref="BlockCheck"/>).
/// </summary>
internal sealed class ChainCheck(AuditCheckpointSet checkpoints, AuditSealHead head)
{
    private byte[] _previousBlockHash = new byte[AuditHashing.HashSize];
    private byte[] _previousLastChain = new byte[AuditHashing.HashSize];
    private long _nextBlock = 1;
    private long _nextHeaderSequence = 1;
    private long _nextSequence = 1;

    /// <summary>Sealed entries verified so far.</summary>
    public long Sealed => _nextSequence - 1;

    /// <summary>The last sequence the verified block headers cover.</summary>
    public long LastSequence => _nextHeaderSequence - 1;

    public AuditVerificationResult? CheckGenesis()
    {
        if (checkpoints.TryGet(0, out var signed) && signed.Any(b => b != 0))
        {
            return Broken(1, "the signed checkpoint of the empty trail has a non-zero chain hash");
        }
        return null;
    }

    /// <summary>
    /// Checks a page of block headers; returns the sound ones, each with the chain hash before its
    /// first entry (32 zero bytes before block 1), and the first fault.
    /// </summary>
    public (List<(AuditBlock Block, byte[] PreviousChain)> Sound, AuditVerificationResult? Fault) CheckBlockHeaders(IReadOnlyList<AuditBlock> blocks)
    {
        var sound = new List<(AuditBlock, byte[])>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            var fault =
                b.BlockNumber != _nextBlock ? $"block {_nextBlock} is missing" :
                b.FirstSequence != _nextHeaderSequence ? $"block {b.BlockNumber} starts at {b.FirstSequence}, expected {_nextHeaderSequence}" :
                b.LastSequence < b.FirstSequence || b.EntryCount != b.LastSequence - b.FirstSequence + 1 ? $"block {b.BlockNumber} has an inconsistent range or count" :
                !b.PreviousBlockHash.AsSpan().SequenceEqual(_previousBlockHash) ? $"block {b.BlockNumber} does not link to block {b.BlockNumber - 1}" :
                !b.BlockHash.AsSpan().SequenceEqual(AuditHashing.ComputeBlockHash(b)) ? $"block {b.BlockNumber}: block hash does not match its header" :
                null;
            if (fault is not null)
            {
                return (sound, Broken(_nextHeaderSequence, fault));
            }
            sound.Add((b, _previousLastChain));
            _previousLastChain = b.LastChainHash;
            _previousBlockHash = b.BlockHash;
            _nextBlock++;
            _nextHeaderSequence = b.LastSequence + 1;
        }
        return (sound, null);
    }

    /// <summary>The entries of every block up to <paramref name="block"/> are verified.</summary>
    public void Verified(AuditBlock block) => _nextSequence = block.LastSequence + 1;

    /// <summary>After all blocks: the trail must reach as far as the head and every checkpoint.</summary>
    public AuditVerificationResult? CheckEnd()
    {
        if (head.LastSequence > Sealed || head.LastBlockNumber >= _nextBlock)
        {
            return Broken(Sealed + 1, $"the trail ends at entry {Sealed} but the seal head reaches entry {head.LastSequence}: truncated");
        }
        if (checkpoints.MaxSequence > Sealed)
        {
            return Broken(Sealed + 1, $"the trail ends at entry {Sealed} but a signed checkpoint ({checkpoints.MaxName}) covers {checkpoints.MaxSequence} entries: truncated");
        }
        return null;
    }

    private AuditVerificationResult Broken(long entry, string reason) => AuditVerificationResult.Broken(Sealed, entry, reason);
}
