using System.Globalization;

namespace ObiDossier.Benchmarks.Hosting;

/// <summary>Resident memory of a process from /proc/PID/status (Linux only), in MiB.</summary>
internal static class ProcMemory
{
    /// <summary>Peak resident set (VmHWM): what the process needed at its worst moment so far.</summary>
    public static double? PeakMiB(int pid) => Read(pid, "VmHWM:");

    /// <summary>Current resident set (VmRSS).</summary>
    public static double? CurrentMiB(int pid) => Read(pid, "VmRSS:");

    private static double? Read(int pid, string key)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith(key, StringComparison.Ordinal)) continue;
                var kb = line[key.Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) / 1024.0;
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return null;
    }
}
