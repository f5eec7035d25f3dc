using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// Computes the RFC 6962 (Certificate Transparency) Merkle tree hash of a stream of leaves in
/// constant memory: it keeps one perfect subtree per set bit of the leaf count and folds them
/// right to left at the end, which gives the same root as RFC 6962's recursive split.
/// </summary>
internal sealed class MerkleAccumulator
{
    private readonly byte[] _stack = new byte[64 * 32];
    private readonly int[] _levels = new int[64];
    private int _depth;

    public long Count { get; private set; }

    public void Reset()
    {
        _depth = 0;
        Count = 0;
    }

    /// <summary>
    /// Adds a leaf by its RFC 6962 leaf hash, SHA-256(0x00 ‖ data). Audit entry hashes are
    /// exactly that, so the verifier saves one hash per entry.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddLeafHash(ReadOnlySpan<byte> leafHash)
    {
        leafHash.CopyTo(Slot(_depth));
        _levels[_depth] = 0;
        _depth++;
        Count++;
        while (_depth >= 2 && _levels[_depth - 1] == _levels[_depth - 2])
        {
            Node(Slot(_depth - 2), Slot(_depth - 1), Slot(_depth - 2));
            _levels[_depth - 2]++;
            _depth--;
        }
    }

    public void RootTo(Span<byte> destination)
    {
        if (_depth == 0)
        {
            SHA256.HashData([], destination);
            return;
        }
        Span<byte> acc = stackalloc byte[32];
        Slot(_depth - 1).CopyTo(acc);
        for (var i = _depth - 2; i >= 0; i--)
        {
            Node(Slot(i), acc, acc);
        }
        acc.CopyTo(destination);
    }

    private Span<byte> Slot(int index) => _stack.AsSpan(index * 32, 32);

    private void Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> destination)
    {
        Span<byte> buffer = stackalloc byte[65];
        buffer[0] = 1;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[33..]);
        Sha256.HashData(buffer, destination);
    }
}
