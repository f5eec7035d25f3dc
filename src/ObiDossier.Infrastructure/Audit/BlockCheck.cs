using System.Runtime.CompilerServices;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// Checks the entries of one block, in chain order, from the block's boundary: the chain hash
/// before its first entry (the previous block's stored <see cref="AuditBlock.LastChainHash"/>,
/// which that block's own check proves) and the last signed checkpoint before it. Blocks are
/// thus independent, and a verifier can check them on every core; when every block before this
/// one is sound, its verdict is exactly the one a single pass over the whole chain would reach.
/// One per worker, reused block after block.
/// </summary>
internal sealed class BlockCheck(AuditCheckpointSet checkpoints, AuditSealHead head)
{
    private readonly byte[] _previousChain = new byte[AuditHashing.HashSize];
    private readonly byte[] _computedChain = new byte[AuditHashing.HashSize];
    private readonly byte[] _root = new byte[AuditHashing.HashSize];
    private readonly MerkleAccumulator _merkle = new();
    private AuditBlock _block = null!;
    private long _nextSequence;
    private long _lastMatchedCheckpoint;

    /// <summary>Starts <paramref name="block"/>; <paramref name="previousChain"/> is the chain hash before its first entry.</summary>
    public void Begin(AuditBlock block, ReadOnlySpan<byte> previousChain)
    {
        _block = block;
        _nextSequence = block.FirstSequence;
        // Every checkpoint before the block was matched by the blocks before it, or they failed first.
        _lastMatchedCheckpoint = checkpoints.LastSequenceBefore(block.FirstSequence);
        _merkle.Reset();
        if (previousChain.Length == AuditHashing.HashSize)
        {
            previousChain.CopyTo(_previousChain);
        }
        else
        {
            // A malformed boundary: its block has failed already, so this one's verdict is unused.
            Array.Clear(_previousChain);
        }
    }

    /// <summary>Checks the next entry row of the block; returns a fault or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
        if (row.BlockNumber != _block.BlockNumber)
        {
            return Broken(sequence, $"entry {sequence} names block {row.BlockNumber}, but block {_block.BlockNumber} seals it");
        }
        AuditHashing.ComputeChainHash(_previousChain, sequence, row.Id, _block.BlockNumber, row.ComputedEntryHash, _computedChain);
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
        return sequence == _block.LastSequence ? EndBlock() : null;
    }

    /// <summary>After the block's rows: anything it covers but that never came is missing.</summary>
    public AuditVerificationResult? End() =>
        _nextSequence <= _block.LastSequence ? Broken(_nextSequence, $"entry {_nextSequence} is missing") : null;

    private AuditVerificationResult? EndBlock()
    {
        _merkle.RootTo(_root);
        if (!_root.AsSpan().SequenceEqual(_block.MerkleRoot))
        {
            return Broken(_block.FirstSequence, $"block {_block.BlockNumber}: Merkle root does not match its entries");
        }
        return _block.LastChainHash.AsSpan().SequenceEqual(_previousChain)
            ? null
            : Broken(_block.FirstSequence, $"block {_block.BlockNumber}: last chain hash does not match its entries");
    }

    // Sealed entries verified so far: all of the blocks before this one, and this one's up to here.
    private AuditVerificationResult Broken(long entry, string reason) => AuditVerificationResult.Broken(_nextSequence - 1, entry, reason);
}
