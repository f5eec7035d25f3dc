using System.Security.Cryptography;

namespace ObiDossier.Web.Auth;

/// <summary>Secret key files in the data folder, created with owner-only permissions on first use.</summary>
internal static class KeyFiles
{
    public static byte[] ReadOrCreate(string path, int length)
    {
        if (File.Exists(path)) return File.ReadAllBytes(path);
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var key = RandomNumberGenerator.GetBytes(length);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        using (var stream = OperatingSystem.IsWindows()
                   ? new FileStream(temp, FileMode.CreateNew)
                   : new FileStream(temp, new FileStreamOptions
                   {
                       Mode = FileMode.CreateNew, Access = FileAccess.Write,
                       UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
                   }))
            stream.Write(key);
        try
        {
            // Two processes starting at once: the first to move its key wins, the other reads it.
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
        }
        return File.ReadAllBytes(path);
    }
}
