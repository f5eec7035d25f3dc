namespace ObiDossier.Infrastructure.Audit;

/// <summary>The outcome of <see cref="AuditVerifier.VerifyAsync"/>.</summary>
/// <param name="Valid">True when the chain, the blocks, the seal head and every signed checkpoint agree.</param>
/// <param name="Entries">Entries checked: the sealed ones plus the pending ones.</param>
/// <param name="FirstBrokenEntry">
/// The sequence number of the first broken sealed entry, or the Id of a broken pending entry;
/// <c>null</c> when valid or when the fault is in the checkpoint file itself.
/// </param>
/// <param name="Reason">What is wrong, in words; <c>null</c> when valid.</param>
public sealed record AuditVerificationResult(bool Valid, long Entries, long? FirstBrokenEntry, string? Reason)
{
    /// <summary>Entries written but not sealed yet (their entry hashes were checked).</summary>
    public long PendingEntries { get; init; }

    /// <summary>Signed checkpoints whose signature and chain hash were checked.</summary>
    public int CheckpointsVerified { get; init; }

    internal static AuditVerificationResult Broken(long entries, long? firstBroken, string reason) =>
        new(false, entries, firstBroken, reason);
}
