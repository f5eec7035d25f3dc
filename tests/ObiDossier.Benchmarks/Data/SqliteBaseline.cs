using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using ObiDossier.Benchmarks.Performance;

namespace ObiDossier.Benchmarks.Data;

/// <summary>
/// SQLite's own limit for the transition's write shape: a raw ADO.NET loop doing exactly the
/// three statements (case update, history insert, audit insert) in one transaction, with the
/// host's connection settings. SQLite has one writer at a time, so the clients take turns through
/// a lock in this process: the best case, with no time lost to busy retries.
/// </summary>
internal sealed class SqliteBaseline(string connectionString, long[] cases)
{
    private readonly Lock _writer = new();
    private int _next = -1;

    public BaselineResult Run(int clients, int seconds)
    {
        RunFor(clients, TimeSpan.FromSeconds(1), latencies: null); // warm-up: pages cached, statements prepared
        var latencies = new List<double>[clients];
        var clock = Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime; // SQLite runs in this process: its CPU is the database's
        var done = RunFor(clients, TimeSpan.FromSeconds(seconds), latencies);
        var elapsed = clock.Elapsed.TotalSeconds;
        var cpuMs = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / done;
        var stats = LatencyStats.Of(latencies.SelectMany(l => l));
        return new BaselineResult(clients, done / elapsed, stats.P50, stats.P95, stats.P99, "raw ADO.NET loop (Microsoft.Data.Sqlite)") { CpuMs = cpuMs };
    }

    private long RunFor(int clients, TimeSpan duration, List<double>[]? latencies)
    {
        long done = 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var threads = Enumerable.Range(0, clients).Select(c => new Thread(() =>
        {
            var mine = latencies is null ? null : latencies[c] = [];
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var statements = new Statements(connection);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                // Round and round the baseline's own cases: the update does not depend on the state.
                var i = (int)((uint)Interlocked.Increment(ref _next) % (uint)cases.Length);
                var start = Stopwatch.GetTimestamp();
                lock (_writer)
                {
                    statements.Transition(cases[i]);
                }
                mine?.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                Interlocked.Increment(ref done);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return done;
    }

    /// <summary>The three prepared statements of one client.</summary>
    private sealed class Statements : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _update, _history, _audit;

        public Statements(SqliteConnection connection)
        {
            _connection = connection;
            _update = Command("UPDATE Cases SET State = 'Draft', UpdatedAt = $at, Version = Version + 1 WHERE Id = $id");
            _history = Command("""
                INSERT INTO CaseTransitions (CaseId, "From", "Trigger", "To", ActorId, ActorRole, ActorOrganisation, ActorName, At, Motivation, SessionId)
                VALUES ($id, 'AnonymisationReview', 'reject-anonymisation', 'Draft', 'bench-officer', 'ind-officer', 'IND', 'bench-officer', $at,
                        'Benchmark: not anonymous enough.', NULL)
                """);
            _audit = Command("""
                INSERT INTO AuditEntries (At, ActorId, ActorRole, ActorOrganisation, ActorDisplayName, Action, EntityType, EntityId, CaseId,
                    Outcome, StatusCode, Reasons, LegalBasisCode, Motivation, ChangedFields, TraceId, EntryHash)
                VALUES ($time, 'bench-officer', 'ind-officer', 'IND', 'bench-officer', 'case.trigger.reject-anonymisation', 'case', $entity, $id,
                    'succeeded', 200, NULL, NULL, 'Benchmark: not anonymous enough.', '["state"]', $trace, $hash)
                """);
        }

        public void Transition(long n)
        {
            var now = DateTimeOffset.UtcNow;
            var id = CaseRows.Id(n);
            using var tx = _connection.BeginTransaction();
            foreach (var command in new[] { _update, _history, _audit })
            {
                command.Transaction = tx;
                command.Parameters["$id"].Value = SqliteBenchDatabase.Stored(id);
                if (command.Parameters.Contains("$at")) command.Parameters["$at"].Value = SqliteBenchDatabase.Stored(now);
            }
            _audit.Parameters["$time"].Value = now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
            _audit.Parameters["$entity"].Value = id.ToString();
            _audit.Parameters["$trace"].Value = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            _audit.Parameters["$hash"].Value = RandomNumberGenerator.GetBytes(32);
            if (_update.ExecuteNonQuery() != 1) throw new InvalidOperationException($"Case {n} is not seeded.");
            _history.ExecuteNonQuery();
            _audit.ExecuteNonQuery();
            tx.Commit();
        }

        private SqliteCommand Command(string sql)
        {
            var command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in new[] { "$id", "$at", "$time", "$entity", "$trace", "$hash" }.Where(p => sql.Contains(p, StringComparison.Ordinal)))
                command.Parameters.Add(new SqliteParameter(name, null));
            command.Prepare();
            return command;
        }

        public void Dispose()
        {
            _update.Dispose();
            _history.Dispose();
            _audit.Dispose();
        }
    }
}
