using ObiDossier.Benchmarks;
using ObiDossier.Benchmarks.Performance;

// One subcommand per benchmark; each lives in its own file and returns the process exit code.
var benchmarks = new SortedDictionary<string, Func<string[], int>>(StringComparer.OrdinalIgnoreCase)
{
    ["all"] = PerformanceCommands.All,
    ["anonymisation"] = AnonymisationBenchmark.Run,
    ["audit-verify"] = PerformanceCommands.AuditVerify,
    ["case-list"] = PerformanceCommands.CaseList,
    ["idle-memory"] = PerformanceCommands.IdleMemory,
    ["transitions"] = PerformanceCommands.Transitions,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: dotnet run -c Release --project tests/ObiDossier.Benchmarks -- <{string.Join('|', benchmarks.Keys)}> " +
        "[--provider Sqlite|PostgreSql] [--connection \"Host=...;Port=...;Username=...\"] [--cases N] [--entries N] [--seconds N] [--work DIR] " +
        "[--compare <commitA> <commitB> [--rounds N]]");
    return 2;
}
// --compare A B: the same benchmark on two commits, side by side.
if (args.Contains("--compare"))
{
    try
    {
        return CompareCommand.Run(args[0], args[1..]);
    }
    catch (ArgumentException e)
    {
        Console.Error.WriteLine(e.Message);
        return 2;
    }
}
return run(args[1..]);
