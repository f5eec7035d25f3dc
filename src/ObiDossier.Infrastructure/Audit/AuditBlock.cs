namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// A batch of entries sealed together, like a SQL Server Ledger transaction block: it names its
/// sequence range, the Merkle root of its entries' hashes and the hash of the previous block, so
/// blocks form a second hash chain over the entry chain.
/// </summary>
public sealed class AuditBlock
{
    /// <summary>Dense 1..M.</summary>
    public long BlockNumber { get; set; }

    public long FirstSequence { get; set; }
    public long LastSequence { get; set; }
    public int EntryCount { get; set; }

    /// <summary>RFC 6962 Merkle tree hash over the entry hashes of this block, in sequence order.</summary>
    public byte[] MerkleRoot { get; set; } = [];

    /// <summary>The chain hash of the entry at <see cref="LastSequence"/>.</summary>
    public byte[] LastChainHash { get; set; } = [];

    /// <summary>The previous block's <see cref="BlockHash"/>; 32 zero bytes for block 1.</summary>
    public byte[] PreviousBlockHash { get; set; } = [];

    public byte[] BlockHash { get; set; } = [];

    public DateTime SealedAt { get; set; }
}

/// <summary>
/// The single row that says where the sealed chain ends. Only sealers touch it, with an
/// optimistic <see cref="Version"/> check, so sealers on several hosts never seal the same
/// entries twice and writers never wait on it.
/// </summary>
public sealed class AuditSealHead
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public long LastSequence { get; set; }
    public long LastBlockNumber { get; set; }
    public byte[] LastChainHash { get; set; } = new byte[32];
    public byte[] LastBlockHash { get; set; } = new byte[32];

    /// <summary>Concurrency token: bumped by every successful seal.</summary>
    public long Version { get; set; }
}
