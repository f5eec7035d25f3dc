namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// The verifier's running state over the sealed chain: the previous chain hash, the block
/// being checked and its Merkle accumulator, and the anchors (seal head, signed checkpoints)
/// to compare against. Block headers are checked a page ahead of the entries they cover.
/// </summary>
internal sealed class ChainCheck(AuditCheckpointSet checkpoints, AuditSealHead head)
{
    private readonly byte[] _previousChain = new byte[AuditHashing.HashSize];
    private readonly byte[] _computedChain = new byte[AuditHashing.HashSize];
    private readonly byte[] _root = new byte[AuditHashing.HashSize];
    private readonly MerkleAccumulator _merkle = new();
    private byte[] _previousBlockHash = new byte[AuditHashing.HashSize];
    private long _nextBlock = 1;
    private long _nextHeaderSequence = 1;
    private long _nextSequence = 1;
    private long _lastMatchedCheckpoint;
    private IReadOnlyList<AuditBlock> _blocks = [];
    private int _blockIndex;

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

    /// <summary>Checks a page of block headers; returns how many are sound and the first fault.</summary>
    public (int Sound, AuditVerificationResult? Fault) CheckBlockHeaders(IReadOnlyList<AuditBlock> blocks)
    {
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
                return (i, Broken(_nextHeaderSequence, fault));
            }
            _previousBlockHash = b.BlockHash;
            _nextBlock++;
            _nextHeaderSequence = b.LastSequence + 1;
        }
        return (blocks.Count, null);
    }

    public void BeginBlocks(IReadOnlyList<AuditBlock> blocks)
    {
        _blocks = blocks;
        _blockIndex = 0;
        _merkle.Reset();
    }

    /// <summary>Checks the next entry row in chain order; returns a fault or null.</summary>
    public AuditVerificationResult? Accept(AuditEntryRow row)
    {
        var sequence = row.Sequence!.Value;
        if (sequence != _nextSequence)
        {
            return sequence < _nextSequence
                ? Broken(sequence, $"entry {sequence} appears more than once (id {row.Id})")
                : Broken(_nextSequence, $"entry {_nextSequence} is missing");
        }
        if (!row.EntryHashMatches)
        {
            return Broken(sequence, $"entry {sequence}: entry hash does not match its content");
        }
        var block = _blocks[_blockIndex];
        if (row.BlockNumber != block.BlockNumber)
        {
            return Broken(sequence, $"entry {sequence} names block {row.BlockNumber}, but block {block.BlockNumber} seals it");
        }
        AuditHashing.ComputeChainHash(_previousChain, sequence, row.Id, block.BlockNumber, row.ComputedEntryHash, _computedChain);
        if (!row.StoredChainHashWellFormed || !_computedChain.AsSpan().SequenceEqual(row.StoredChainHash))
        {
            return Broken(sequence, $"entry {sequence}: chain hash does not link it to entry {sequence - 1}");
        }
        if (checkpoints.TryGet(sequence, out var signed, out var anchor))
        {
            if (!signed.AsSpan().SequenceEqual(_computedChain))
            {
                // The chain is self-consistent but not the one that was signed: it was rewritten
                // somewhere after the last checkpoint that still matches.
                return Broken(_lastMatchedCheckpoint + 1,
                    $"the chain at entry {sequence} differs from its signed checkpoint ({anchor}): rewritten at or after entry {_lastMatchedCheckpoint + 1}");
            }
            _lastMatchedCheckpoint = sequence;
        }
        if (sequence == head.LastSequence && !head.LastChainHash.AsSpan().SequenceEqual(_computedChain))
        {
            return Broken(sequence, $"the seal head disagrees with the chain at entry {sequence}");
        }
        _computedChain.CopyTo(_previousChain, 0);
        _merkle.AddLeafHash(row.ComputedEntryHash);
        _nextSequence++;
        return sequence == block.LastSequence ? EndBlock(block) : null;
    }

    /// <summary>After a page's entries: anything its blocks cover but that never came is missing.</summary>
    public AuditVerificationResult? EndBlocks() =>
        _blocks.Count > 0 && _nextSequence <= _blocks[^1].LastSequence
            ? Broken(_nextSequence, $"entry {_nextSequence} is missing")
            : null;

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

    private AuditVerificationResult? EndBlock(AuditBlock block)
    {
        _merkle.RootTo(_root);
        _merkle.Reset();
        _blockIndex++;
        if (!_root.AsSpan().SequenceEqual(block.MerkleRoot))
        {
            return Broken(block.FirstSequence, $"block {block.BlockNumber}: Merkle root does not match its entries");
        }
        return block.LastChainHash.AsSpan().SequenceEqual(_previousChain)
            ? null
            : Broken(block.FirstSequence, $"block {block.BlockNumber}: last chain hash does not match its entries");
    }

    private AuditVerificationResult Broken(long entry, string reason) => AuditVerificationResult.Broken(Sealed, entry, reason);
}
