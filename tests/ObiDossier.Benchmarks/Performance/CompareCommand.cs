using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace ObiDossier.Benchmarks.Performance;

/// <summary>
/// <c>&lt;benchmark&gt; [options] --compare A B [--rounds N]</c>: the same benchmark, with the same
/// options and the same work folder (so the same seeded data and trail), on two commits, and
/// their summaries side by side. Each commit is exported with <c>git archive</c> to a folder
/// under /tmp (no worktree is registered in the repository) and its own benchmark is built
/// there, so each side measures itself with its own code, baseline included. The rounds
/// alternate A, B, A, B… so that a change in the machine's load falls on both.
/// </summary>
internal static partial class CompareCommand
{
    public static int Run(string benchmark, string[] arguments)
    {
        var (a, b, rounds, passOn) = Split(arguments);
        var root = MachineInfo.RepositoryRoot();
        var sides = new[] { a, b }.Select(commit => Prepare(root, commit)).ToArray();
        if (sides.Any(s => s is null)) return 1;

        var results = sides.Select(_ => new List<Dictionary<string, string>>()).ToArray();
        for (var round = 1; round <= rounds; round++)
        {
            for (var i = 0; i < sides.Length; i++)
            {
                var (name, folder) = sides[i]!.Value;
                Console.Error.WriteLine($"round {round}/{rounds}: {benchmark} on {name}");
                if (RunBenchmark(folder, benchmark, passOn) is not { } summary) return 1;
                results[i].Add(summary);
            }
        }
        var report = Table(benchmark, passOn, sides.Select(s => s!.Value.Name).ToArray(), results);
        Console.WriteLine(report);
        var path = Path.Combine(root, "tests", "ObiDossier.Benchmarks", "reports", $"compare-{benchmark}.md");
        File.WriteAllText(path, report);
        Console.Error.WriteLine($"written to {Path.GetRelativePath(root, path)}");
        return 0;
    }

    private static (string A, string B, int Rounds, string[] PassOn) Split(string[] arguments)
    {
        var passOn = new List<string>();
        string? a = null, b = null;
        var rounds = 1;
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] == "--compare" && i + 2 < arguments.Length)
            {
                (a, b) = (arguments[i + 1], arguments[i + 2]);
                i += 2;
            }
            else if (arguments[i] == "--rounds" && i + 1 < arguments.Length)
            {
                rounds = int.Parse(arguments[++i], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                passOn.Add(arguments[i]);
            }
        }
        if (a is null || b is null) throw new ArgumentException("--compare needs two commits: --compare <commitA> <commitB>.");
        // One work folder for both sides, so they measure the same data.
        if (!passOn.Contains("--work"))
        {
            passOn.AddRange(["--work", Path.Combine(Path.GetTempPath(), "obidossier-bench")]);
        }
        return (a, b, Math.Max(1, rounds), [.. passOn]);
    }

    /// <summary>Exports and builds <paramref name="commit"/>; the name shown and the folder, or null after saying why.</summary>
    private static (string Name, string Folder)? Prepare(string root, string commit)
    {
        var sha = Git(root, "rev-parse", "--verify", commit + "^{commit}");
        if (sha is null) return null;
        var name = $"{commit} ({sha[..10]})";
        var folder = Path.Combine(Path.GetTempPath(), "obidossier-compare", sha[..12]);
        var built = Path.Combine(folder, ".built");
        if (!File.Exists(built))
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            Directory.CreateDirectory(folder);
            Console.Error.WriteLine($"exporting {name} to {folder}");
            if (Shell(root, "bash", "-c", $"git archive {sha} | tar -x -C '{folder}'") != 0) return null;
            Console.Error.WriteLine($"building {name}");
            if (Shell(folder, "dotnet", "build", "tests/ObiDossier.Benchmarks", "-c", "Release", "--nologo", "-clp:ErrorsOnly") != 0) return null;
            File.WriteAllText(built, sha);
        }
        return (name, folder);
    }

    /// <summary>Runs the side's own benchmark and reads the summary of the report it wrote.</summary>
    private static Dictionary<string, string>? RunBenchmark(string folder, string benchmark, string[] arguments)
    {
        var reports = Path.Combine(folder, "tests", "ObiDossier.Benchmarks", "reports");
        var started = DateTime.UtcNow;
        var dll = Path.Combine(folder, "tests", "ObiDossier.Benchmarks", "bin", "Release", "net10.0", "ObiDossier.Benchmarks.dll");
        if (Shell(folder, "dotnet", [dll, benchmark, .. arguments]) != 0) return null;
        var written = new DirectoryInfo(reports).GetFiles("*.md").Where(f => f.LastWriteTimeUtc >= started).MaxBy(f => f.LastWriteTimeUtc);
        if (written is null)
        {
            Console.Error.WriteLine($"the benchmark in {folder} wrote no report");
            return null;
        }
        // Only the summary table (header "| figure |", up to the first blank line): the sections' own tables have other columns.
        var summary = new Dictionary<string, string>();
        var inSummary = false;
        foreach (var line in File.ReadLines(written.FullName))
        {
            if (line.StartsWith("| figure |", StringComparison.Ordinal)) inSummary = true;
            else if (inSummary && line.Length == 0) break;
            else if (inSummary && SummaryRow().Match(line) is { Success: true } m)
                summary.TryAdd(m.Groups["figure"].Value.Trim(), $"{m.Groups["measured"].Value.Trim()}|{m.Groups["target"].Value.Trim()}");
        }
        return summary;
    }

    private static string Table(string benchmark, string[] arguments, string[] names, List<Dictionary<string, string>>[] results)
    {
        var text = new StringBuilder();
        text.AppendLine($"# Compare: `{benchmark} {string.Join(' ', arguments)}`");
        text.AppendLine();
        text.AppendLine($"Generated on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {results[0].Count} round(s), alternating A and B; each commit built and measured with its own benchmark.");
        text.AppendLine("Every round's figure is shown (separated by ` / `): their spread is the noise of this machine.");
        text.AppendLine();
        text.AppendLine($"| figure | A: {names[0]} | B: {names[1]} | target |");
        text.AppendLine("|---|---:|---:|---:|");
        var figures = results.SelectMany(r => r).SelectMany(s => s.Keys).Distinct();
        foreach (var figure in figures)
        {
            string Side(List<Dictionary<string, string>> runs) =>
                string.Join(" / ", runs.Select(s => s.TryGetValue(figure, out var v) ? v.Split('|')[0] : "–"));
            var target = results.SelectMany(r => r).Select(s => s.GetValueOrDefault(figure)).FirstOrDefault(v => v is not null)?.Split('|')[1];
            text.AppendLine($"| {figure} | {Side(results[0])} | {Side(results[1])} | {target} |");
        }
        text.AppendLine();
        text.AppendLine(MachineInfo.Markdown());
        return text.ToString();
    }

    private static string? Git(string root, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode == 0) return output;
        Console.Error.WriteLine($"git {string.Join(' ', arguments)} failed");
        return null;
    }

    private static int Shell(string folder, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }

    [GeneratedRegex(@"^\| (?<figure>[^|]+) \| (?<measured>[^|]+) \| (?<target>[^|]+) \| [^|]* \|")]
    private static partial Regex SummaryRow();
}
