namespace ObiDossier.Infrastructure.Vault;

/// <summary>
/// Generated keys on disk: base64 text, owner-only (file 0600, folder 0700 on Unix), created
/// atomically so two instances starting at once end up with the same key.
/// </summary>
public static class KeyFile
{
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerDirectory = OwnerFile | UnixFileMode.UserExecute;

    public static byte[] LoadOrCreate(string path, Func<byte[]> generate)
    {
        if (File.Exists(path)) return Read(path);

        var key = generate();
        // Another process may win the race; then use its key so both agree.
        return TryCreateOwnerOnly(path, System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(key) + Environment.NewLine)) ? key : Read(path);
    }

    /// <summary>
    /// Writes <paramref name="content"/> to a new owner-only file at <paramref name="path"/> (its
    /// folder made private), atomically: false, writing nothing, when the file already exists
    /// (another process created it first).
    /// </summary>
    public static bool TryCreateOwnerOnly(string path, ReadOnlySpan<byte> content)
    {
        EnsurePrivateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerFile;
        using (var stream = new FileStream(temp, options))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }

        // UnixCreateMode is subject to the umask; set the mode explicitly as well.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, OwnerFile);

        try
        {
            File.Move(temp, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
            return false;
        }
    }

    public static byte[] Read(string path)
    {
        var text = File.ReadAllText(path).Trim();
        var buffer = new byte[VaultCrypto.KeySize + 1];
        if (!Convert.TryFromBase64String(text, buffer, out var written) || written != VaultCrypto.KeySize)
            throw new InvalidOperationException($"Key file '{path}' does not hold base64 of exactly {VaultCrypto.KeySize} bytes.");
        return buffer[..VaultCrypto.KeySize];
    }

    public static void EnsurePrivateDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
            return;
        }

        Directory.CreateDirectory(directory, OwnerDirectory);
        File.SetUnixFileMode(directory, OwnerDirectory);
    }
}
