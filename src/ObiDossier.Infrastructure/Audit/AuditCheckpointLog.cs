using System.Text;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// The signed checkpoint log: one JSON line per seal, each linked to the line before it. Several
/// instances may share the folder: an append holds an exclusive lock on the file (an OS lock,
/// so it also holds between processes) while it reads the last line, links to it and writes its
/// own line in one call, flushed to disk before the lock is let go. So lines are never lost or
/// interleaved, and the links stay a single chain.
/// </summary>
public sealed class AuditCheckpointLog(AuditCheckpointKey key, TimeProvider time)
{
    // One append at a time within a process; the file lock orders processes.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public string Path => key.CheckpointsPath;

    /// <summary>Signs "the trail is sealed up to <paramref name="sequence"/> with this chain hash" and appends it.</summary>
    public async Task<AuditCheckpoint> AppendAsync(long sequence, byte[] chainHash, CancellationToken ct = default)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        await Gate.WaitAsync(ct);
        try
        {
            // The log first, then the key: a verifier that finds the key always finds a log.
            await using var stream = await OpenExclusiveAsync(ct);
            var signer = key.GetOrCreate();
            var last = await ReadLastLineAsync(stream, ct);
            var checkpoint = AuditCheckpoint.Sign(signer, sequence, sequence, chainHash,
                AuditHashing.TruncateToMicroseconds(time.GetUtcNow()), last is null ? AuditCheckpoint.Genesis : AuditCheckpoint.LinkOf(last));
            stream.Seek(0, SeekOrigin.End);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(checkpoint.ToJsonLine() + "\n"), ct);
            stream.Flush(flushToDisk: true); // a checkpoint that a crash can lose protects nothing
            return checkpoint;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The checkpoint that covers the most entries, or null when the log is empty or missing (not verified: that is the verifier's).</summary>
    public AuditCheckpoint? Latest()
    {
        if (!File.Exists(Path)) return null;
        AuditCheckpoint? latest = null;
        foreach (var line in ReadLines(Path))
        {
            if (AuditCheckpoint.Parse(line) is { } c && (latest is null || c.HeadSequence >= latest.HeadSequence)) latest = c;
        }
        return latest;
    }

    /// <summary>
    /// The log's lines. An append holds an exclusive OS lock that also keeps readers out for the
    /// moment of one write, so opening is retried; the lines are read into memory at once.
    /// </summary>
    internal static IReadOnlyList<string> ReadLines(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream, Encoding.UTF8);
                var lines = new List<string>();
                while (reader.ReadLine() is { } line) lines.Add(line);
                return lines;
            }
            catch (IOException) when (attempt < 2000 && File.Exists(path))
            {
                Thread.Sleep(Random.Shared.Next(1, 5));
            }
        }
    }

    private async Task<FileStream> OpenExclusiveAsync(CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.Asynchronous);
            }
            catch (IOException) when (attempt < 2000)
            {
                // Another instance is appending: its lock lasts one short write.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10)), ct);
            }
        }
    }

    /// <summary>The last complete line (without its newline), read backwards from the end; null for an empty file.</summary>
    private static async Task<string?> ReadLastLineAsync(FileStream stream, CancellationToken ct)
    {
        var length = stream.Length;
        if (length == 0) return null;
        for (var window = 4096L; ; window *= 4)
        {
            var start = Math.Max(0, length - window);
            var buffer = new byte[length - start];
            stream.Seek(start, SeekOrigin.Begin);
            await stream.ReadExactlyAsync(buffer, ct);
            var end = buffer.Length;
            while (end > 0 && buffer[end - 1] is (byte)'\n' or (byte)'\r') end--;
            var newline = Array.LastIndexOf(buffer, (byte)'\n', Math.Max(0, end - 1));
            if (newline >= 0 && end > 0) return Encoding.UTF8.GetString(buffer, newline + 1, end - newline - 1);
            if (start == 0) return end == 0 ? null : Encoding.UTF8.GetString(buffer, 0, end);
        }
    }
}
