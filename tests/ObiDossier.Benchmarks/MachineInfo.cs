using System.Runtime.InteropServices;

namespace ObiDossier.Benchmarks;

/// <summary>What a reader of a benchmark report needs to compare figures across machines.</summary>
internal static class MachineInfo
{
    public static string Markdown()
    {
        var cpu = CpuModel();
        return $"""
            | machine | |
            |---|---|
            | cores | {Environment.ProcessorCount} |
            | CPU | {cpu} |
            | OS | {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}) |
            | .NET | {RuntimeInformation.FrameworkDescription} |
            | configuration | {Configuration()} |
            | load average at start | {LoadAverage()} |
            """;
    }

    private static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        if (!File.Exists(cpuinfo)) return "unknown";
        var line = File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line is null ? "unknown" : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    // The machine may be shared; a high load explains slow or noisy timings.
    private static string LoadAverage()
    {
        const string loadavg = "/proc/loadavg";
        return File.Exists(loadavg) ? string.Join(' ', File.ReadAllText(loadavg).Split(' ').Take(3)) : "unknown";
    }

#if DEBUG
    private static string Configuration() => "Debug (figures not representative)";
#else
    private static string Configuration() => "Release";
#endif

    /// <summary>The repository root, found by walking up to ObiDossier.sln.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ObiDossier.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("ObiDossier.sln not found above the working directory.");
    }
}
