namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// The signed checkpoints read from the checkpoint file, each signature checked. Held in memory:
/// one line per checkpoint run, so it grows with time, not with the number of entries.
/// </summary>
internal sealed class AuditCheckpointSet
{
    private readonly Dictionary<long, byte[]> _chainAt = [];

    public long MaxSequence { get; private set; }
    public int Count { get; private set; }
    public string? Fault { get; private set; }

    public static AuditCheckpointSet Load(AuditCheckpointKey key)
    {
        var set = new AuditCheckpointSet();
        if (!File.Exists(key.CheckpointsPath))
        {
            return set;
        }
        var ecdsa = key.TryLoad();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(key.CheckpointsPath))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            if (ecdsa is null)
            {
                set.Fault = $"checkpoints exist but the checkpoint key {key.KeyPath} is missing";
                return set;
            }
            var checkpoint = AuditCheckpoint.Parse(line);
            if (checkpoint is null || !checkpoint.IsSignedBy(ecdsa))
            {
                set.Fault = $"checkpoint line {lineNumber} is not validly signed";
                return set;
            }
            if (checkpoint.Count != checkpoint.HeadSequence)
            {
                set.Fault = $"checkpoint line {lineNumber} has a count that differs from its head sequence";
                return set;
            }
            var chain = Convert.FromHexString(checkpoint.HeadChainHash);
            if (set._chainAt.TryGetValue(checkpoint.HeadSequence, out var known) && !known.AsSpan().SequenceEqual(chain))
            {
                set.Fault = $"checkpoint line {lineNumber} contradicts an earlier checkpoint at sequence {checkpoint.HeadSequence}";
                return set;
            }
            set._chainAt[checkpoint.HeadSequence] = chain;
            set.MaxSequence = Math.Max(set.MaxSequence, checkpoint.HeadSequence);
            set.Count++;
        }
        return set;
    }

    /// <summary>The signed chain hash at <paramref name="sequence"/>, if a checkpoint names it.</summary>
    public bool TryGet(long sequence, out byte[] chainHash) => _chainAt.TryGetValue(sequence, out chainHash!);
}
