using System.Data.Common;
using System.Diagnostics;

namespace ObiDossier.Benchmarks.Data;

/// <summary>psql and pgbench against one server named by a connection string (Host, Port, Username, Password).</summary>
internal sealed class PostgreSqlTools(string connection)
{
    private readonly DbConnectionStringBuilder _server = new() { ConnectionString = connection };

    private string Value(string key, string fallback) => _server.TryGetValue(key, out var v) && v is string s && s.Length > 0 ? s : fallback;

    /// <summary>The connection string for one database on the server, for the host's settings.</summary>
    public string For(string database)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connection };
        builder["Database"] = database;
        return builder.ConnectionString;
    }

    public Task<string> PsqlAsync(string database, params string[] arguments) =>
        RunAsync("psql", [.. Common(database), "-v", "ON_ERROR_STOP=1", "-q", "-X", .. arguments]);

    public Task<string> PgbenchAsync(string database, params string[] arguments) => RunAsync("pgbench", [.. Common(database), .. arguments]);

    /// <summary>Runs <paramref name="copy"/> (a <c>COPY ... FROM STDIN</c>) with the text that <paramref name="write"/> writes as its input.</summary>
    public async Task CopyAsync(string database, string copy, Action<TextWriter> write)
    {
        var start = Start("psql", [.. Common(database), "-v", "ON_ERROR_STOP=1", "-q", "-X", "-c", copy]);
        start.RedirectStandardInput = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("psql did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.NewLine = "\n";
        write(process.StandardInput);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        await output;
        if (process.ExitCode != 0) throw new InvalidOperationException($"psql {copy} failed ({process.ExitCode}): {await error}");
    }

    private string[] Common(string database) =>
        ["-h", Value("Host", "127.0.0.1"), "-p", Value("Port", "5432"), "-U", Value("Username", "postgres"), "-d", database];

    private ProcessStartInfo Start(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        if (_server.TryGetValue("Password", out var password) && password is string p) start.Environment["PGPASSWORD"] = p;
        return start;
    }

    private async Task<string> RunAsync(string tool, string[] arguments)
    {
        var start = Start(tool, arguments);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}");
        return await output + await error;
    }
}
