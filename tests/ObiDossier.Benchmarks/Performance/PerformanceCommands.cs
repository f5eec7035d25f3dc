using ObiDossier.Benchmarks.Data;

namespace ObiDossier.Benchmarks.Performance;

/// <summary>
/// The performance subcommands: <c>all</c> (every figure of the README's Benchmarks section in one run, one report)
/// and each part on its own. Each writes its report to reports/.
/// </summary>
internal static class PerformanceCommands
{
    public static int All(string[] arguments) => Run(arguments, "all", "performance", async (args, report) =>
    {
        await using var db = Open(args, "cases");
        if (await CreateAndSeedAsync(db, args, report))
        {
            await CaseListBenchmark.RunAsync(db, args, report);
            await TransitionBenchmark.RunAsync(db, args, report);
        }
        await IdleMemoryBenchmark.RunAsync(args, report);
        await AuditVerifyBenchmark.RunAsync(args, name => Open(args, name), report);
    });

    public static int Transitions(string[] arguments) => Run(arguments, "transitions", "transitions", async (args, report) =>
    {
        await using var db = Open(args, "cases");
        if (await CreateAndSeedAsync(db, args, report)) await TransitionBenchmark.RunAsync(db, args, report);
    });

    public static int CaseList(string[] arguments) => Run(arguments, "case-list", "case-list", async (args, report) =>
    {
        await using var db = Open(args, "cases");
        if (await CreateAndSeedAsync(db, args, report)) await CaseListBenchmark.RunAsync(db, args, report);
    });

    public static int AuditVerify(string[] arguments) => Run(arguments, "audit-verify", "audit-verify",
        (args, report) => AuditVerifyBenchmark.RunAsync(args, name => Open(args, name), report));

    public static int IdleMemory(string[] arguments) => Run(arguments, "idle-memory", "idle-memory", IdleMemoryBenchmark.RunAsync);

    private static int Run(string[] arguments, string command, string reportName, Func<BenchArgs, PerformanceReport, Task> body)
    {
        BenchArgs args;
        try
        {
            args = BenchArgs.Parse(arguments);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        Directory.CreateDirectory(args.WorkDir);
        var report = new PerformanceReport($"Performance ({command}, {args.Provider})", args);
        body(args, report).GetAwaiter().GetResult();
        var suffix = args.Cases == BenchArgs.DefaultCases && args.Entries == BenchArgs.DefaultEntries ? "" : "-quick";
        return report.Write($"{reportName}-{args.ProviderName}{suffix}.md", $"{command} {string.Join(' ', arguments.Select(Quote))}".TrimEnd());
    }

    private static async Task<bool> CreateAndSeedAsync(IBenchDatabase db, BenchArgs args, PerformanceReport report)
    {
        if (await db.CreateAsync() is { } failure)
        {
            // The host cannot use this database (yet): say so instead of measuring something else.
            report.Section($"## Host benchmarks not run\n\nThe host could not create its schema on this database: {failure}");
            foreach (var (what, target) in new[] { ("transitions/s at 32 clients ÷ plain transaction", "≥ 0.5"), ("transition p99 at 32 clients", "< 50 ms"),
                         ("case list p95", "< 20 ms"), ("host peak RSS under 32-client load", "< 400 MiB") })
                report.NotRun(what, target, "the host cannot run on this provider yet (see below)");
            await TransitionBenchmark.BaselineOnlyAsync(db, args, report);
            return false;
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await db.SeedCasesAsync(args.Cases);
        Console.Error.WriteLine($"seeded {args.Cases:N0} cases in {clock.Elapsed.TotalSeconds:0} s");
        return true;
    }

    private static IBenchDatabase Open(BenchArgs args, string name) => args.Provider switch
    {
        BenchProvider.Sqlite => new SqliteBenchDatabase(Path.Combine(args.WorkDir, name)),
        BenchProvider.PostgreSql => new PostgreSqlBenchDatabase(Path.Combine(args.WorkDir, name), args.Connection!, name),
        _ => throw new ArgumentOutOfRangeException(nameof(args)),
    };

    private static string Quote(string a) => a.IndexOfAny([' ', ';']) >= 0 ? $"\"{a}\"" : a;
}
