using ObiDossier.Benchmarks;

// One subcommand per benchmark; each lives in its own file and returns the process exit code.
var benchmarks = new SortedDictionary<string, Func<string[], int>>(StringComparer.OrdinalIgnoreCase)
{
    ["anonymisation"] = AnonymisationBenchmark.Run,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: dotnet run -c Release --project tests/ObiDossier.Benchmarks -- <{string.Join('|', benchmarks.Keys)}>");
    return 2;
}
return run(args[1..]);
