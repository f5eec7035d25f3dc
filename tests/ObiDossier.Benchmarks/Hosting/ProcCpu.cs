using System.Globalization;

namespace ObiDossier.Benchmarks.Hosting;

/// <summary>
/// CPU time a process has used (user + system, from /proc/PID/stat). On a shared machine the
/// CPU spent per request is a steadier figure than requests per second: it does not drop when
/// other work takes the cores.
/// </summary>
internal static class ProcCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static TimeSpan? Used(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name (which may hold spaces) start at ") ": utime and stime are fields 14 and 15.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
