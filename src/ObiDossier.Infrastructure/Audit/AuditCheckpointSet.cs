namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// The signed checkpoints read from the checkpoint log, each signature and each link to the line
/// before it checked, plus an auditor's trusted checkpoint if one is given. Held in memory: one
/// line per seal, so it grows with time, not with the number of entries. Each anchor keeps its
/// name (<c>checkpoint line N</c>, <c>the trusted checkpoint</c>) so a fault can name it.
/// </summary>
internal sealed class AuditCheckpointSet
{
    private readonly Dictionary<long, (byte[] Chain, string Name)> _chainAt = [];
    private long[]? _sequences;

    /// <summary>The furthest sequence any anchor vouches for, and its name.</summary>
    public long MaxSequence { get; private set; }
    public string? MaxName { get; private set; }

    /// <summary>The furthest sequence the log itself vouches for (0 when it is empty or missing).</summary>
    public long LogMaxSequence { get; private set; }

    public bool LogExists { get; private set; }
    public int Count { get; private set; }
    public string? Fault { get; private set; }

    public static AuditCheckpointSet Load(AuditCheckpointKey key, AuditCheckpoint? trusted = null)
    {
        var set = new AuditCheckpointSet { LogExists = File.Exists(key.CheckpointsPath) };
        // The lines before the key: an appender creates the key before it writes its first line.
        var lines = set.LogExists ? AuditCheckpointLog.ReadLines(key.CheckpointsPath) : [];
        var ecdsa = key.TryLoad();
        if (set.LogExists)
        {
            set.LoadLog(key, lines, ecdsa);
            if (set.Fault is not null) return set;
        }
        if (trusted is not null)
        {
            if (ecdsa is null)
            {
                set.Fault = $"the trusted checkpoint cannot be checked: the checkpoint key {key.KeyPath} is missing";
            }
            else if (!trusted.IsSignedBy(ecdsa) || trusted.Count != trusted.HeadSequence)
            {
                set.Fault = "the trusted checkpoint is not validly signed by this system's checkpoint key";
            }
            else
            {
                set.Add(trusted, "the trusted checkpoint", fromLog: false);
            }
        }
        return set;
    }

    private void LoadLog(AuditCheckpointKey key, IReadOnlyList<string> lines, System.Security.Cryptography.ECDsa? ecdsa)
    {
        var lineNumber = 0;
        var expectedLink = AuditCheckpoint.Genesis;
        foreach (var line in lines)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                Fault = $"checkpoint line {lineNumber} is empty: the log was edited";
                return;
            }
            if (ecdsa is null)
            {
                Fault = $"checkpoints exist but the checkpoint key {key.KeyPath} is missing";
                return;
            }
            var checkpoint = AuditCheckpoint.Parse(line);
            if (checkpoint is null || !checkpoint.IsSignedBy(ecdsa))
            {
                Fault = $"checkpoint line {lineNumber} is not validly signed";
                return;
            }
            if (checkpoint.Count != checkpoint.HeadSequence)
            {
                Fault = $"checkpoint line {lineNumber} has a count that differs from its head sequence";
                return;
            }
            if (!string.Equals(checkpoint.Previous, expectedLink, StringComparison.Ordinal))
            {
                Fault = $"checkpoint line {lineNumber} does not link to the line before it: the log was cut or reordered there";
                return;
            }
            expectedLink = AuditCheckpoint.LinkOf(line);
            if (!Add(checkpoint, $"checkpoint line {lineNumber}", fromLog: true))
            {
                return;
            }
        }
    }

    private bool Add(AuditCheckpoint checkpoint, string name, bool fromLog)
    {
        var chain = Convert.FromHexString(checkpoint.HeadChainHash);
        if (_chainAt.TryGetValue(checkpoint.HeadSequence, out var known) && !known.Chain.AsSpan().SequenceEqual(chain))
        {
            Fault = $"{name} contradicts {known.Name} at sequence {checkpoint.HeadSequence}";
            return false;
        }
        _chainAt.TryAdd(checkpoint.HeadSequence, (chain, name));
        if (checkpoint.HeadSequence >= MaxSequence)
        {
            MaxSequence = checkpoint.HeadSequence;
            MaxName = name;
        }
        if (fromLog)
        {
            LogMaxSequence = Math.Max(LogMaxSequence, checkpoint.HeadSequence);
            Count++;
        }
        return true;
    }

    /// <summary>The signed chain hash at <paramref name="sequence"/>, if an anchor names it, and the anchor's name.</summary>
    public bool TryGet(long sequence, out byte[] chainHash, out string name)
    {
        var found = _chainAt.TryGetValue(sequence, out var anchor);
        (chainHash, name) = found ? anchor : (null!, "");
        return found;
    }

    public bool TryGet(long sequence, out byte[] chainHash) => TryGet(sequence, out chainHash, out _);

    /// <summary>
    /// The furthest sequence before <paramref name="sequence"/> (and after the empty trail) that an
    /// anchor names, or 0. Safe to call from several threads once the set is loaded.
    /// </summary>
    public long LastSequenceBefore(long sequence)
    {
        // Built once, after loading; two threads building it at once build the same array.
        var sorted = _sequences ??= [.. _chainAt.Keys.Order()];
        var index = Array.BinarySearch(sorted, sequence - 1);
        index = index >= 0 ? index : ~index - 1;
        return index >= 0 && sorted[index] > 0 ? sorted[index] : 0;
    }
}
