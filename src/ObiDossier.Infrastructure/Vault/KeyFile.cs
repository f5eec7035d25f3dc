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

        EnsurePrivateDirectory(Path.GetDirectoryName(path)!);
        var key = generate();
        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerFile;
        using (var stream = new FileStream(temp, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.WriteLine(Convert.ToBase64String(key));
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        // UnixCreateMode is subject to the umask; set the mode explicitly as well.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, OwnerFile);

        try
        {
            File.Move(temp, path, overwrite: false);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process won the race; use its key so both agree.
            File.Delete(temp);
            return Read(path);
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
