using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// The ECDSA P-256 key that signs audit checkpoints. It lives in a file under the data folder,
/// never in the database, so that someone who can rewrite the database cannot re-sign a
/// rewritten chain. Created on first use with owner-only permissions.
/// </summary>
public sealed class AuditCheckpointKey(IOptions<ObiDossierOptions> options) : IDisposable
{
    private readonly Lock _gate = new();
    private ECDsa? _key;

    public string KeyPath => Path.Combine(options.Value.DataDirFullPath, "keys", "audit-checkpoint.key");

    /// <summary>The checkpoint log: <c>ObiDossier:Audit:CheckpointDirectory</c>, by default <c>{DataDir}/checkpoints</c>.</summary>
    public string CheckpointsPath => Path.Combine(
        options.Value.Audit.CheckpointDirectory is { Length: > 0 } folder ? Path.GetFullPath(folder) : Path.Combine(options.Value.DataDirFullPath, "checkpoints"),
        "audit-checkpoints.jsonl");

    /// <summary>True when the key file exists (the verifier then demands the log it signs).</summary>
    public bool Exists => File.Exists(KeyPath);

    /// <summary>The key, generated and saved the first time.</summary>
    public ECDsa GetOrCreate()
    {
        lock (_gate)
        {
            return _key ??= LoadOrCreate();
        }
    }

    /// <summary>The key if it exists; the verifier never creates one.</summary>
    public ECDsa? TryLoad()
    {
        lock (_gate)
        {
            if (_key is null && File.Exists(KeyPath))
            {
                _key = Load(KeyPath);
            }
            return _key;
        }
    }

    private ECDsa LoadOrCreate()
    {
        if (File.Exists(KeyPath))
        {
            return Load(KeyPath);
        }
        var directory = Path.GetDirectoryName(KeyPath)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var streamOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            streamOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        // Written aside and moved into place whole: another host never reads a half-written key.
        var aside = $"{KeyPath}.{Guid.NewGuid():N}.tmp";
        using (var stream = new FileStream(aside, streamOptions))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(key.ExportPkcs8PrivateKeyPem());
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
        try
        {
            File.Move(aside, KeyPath, overwrite: false);
            return key;
        }
        catch (IOException) when (File.Exists(KeyPath))
        {
            // Another host or process created it first: use theirs, so all checkpoints share one key.
            File.Delete(aside);
            key.Dispose();
            return Load(KeyPath);
        }
    }

    private static ECDsa Load(string path)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(path));
        return key;
    }

    public void Dispose() => _key?.Dispose();
}
