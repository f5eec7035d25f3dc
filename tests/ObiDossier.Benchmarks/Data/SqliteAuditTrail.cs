using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ObiDossier.Benchmarks.Data;

/// <summary>
/// Writes the rows of <see cref="AuditTrailGenerator"/> into SQLite with prepared inserts, in
/// large transactions instead of one per request.
/// </summary>
internal static class SqliteAuditTrail
{
    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF"; // how EF Core's SQLite provider stores a DateTime

    public static void Build(SqliteConnection connection, long entries)
    {
        using var insert = Command(connection, """
            INSERT INTO AuditEntries (Id, Sequence, At, ActorId, ActorRole, ActorOrganisation, ActorDisplayName, Action, EntityType, EntityId,
                CaseId, Outcome, StatusCode, Reasons, LegalBasisCode, Motivation, ChangedFields, TraceId, EntryHash, ChainHash, BlockNumber)
            VALUES ($id, $id, $at, 'bench-officer', 'ind-officer', 'IND', 'bench-officer', 'case.trigger.reject-anonymisation', 'case',
                $entity, $case, 'succeeded', 200, NULL, NULL, 'Benchmark: not anonymous enough.', '["state"]', $trace, $hash, $chain, $block)
            """, "$id", "$at", "$entity", "$case", "$trace", "$hash", "$chain", "$block");
        using var block = Command(connection, """
            INSERT INTO AuditBlocks (BlockNumber, FirstSequence, LastSequence, EntryCount, MerkleRoot, LastChainHash, PreviousBlockHash, BlockHash, SealedAt)
            VALUES ($number, $first, $last, $count, $root, $chain, $previous, $hash, $sealed)
            """, "$number", "$first", "$last", "$count", "$root", "$chain", "$previous", "$hash", "$sealed");

        var tx = connection.BeginTransaction();
        var head = AuditTrailGenerator.Generate(entries,
            (entry, id, hash, chain, blockNumber) =>
            {
                Set(insert, tx, ("$id", id), ("$at", entry.At.ToString(TimeFormat, CultureInfo.InvariantCulture)), ("$entity", entry.EntityId!),
                    ("$case", SqliteBenchDatabase.Stored(entry.CaseId!.Value)), ("$trace", entry.TraceId!), ("$hash", hash), ("$chain", chain),
                    ("$block", blockNumber));
                insert.ExecuteNonQuery();
            },
            b =>
            {
                Set(block, tx, ("$number", b.BlockNumber), ("$first", b.FirstSequence), ("$last", b.LastSequence), ("$count", b.EntryCount),
                    ("$root", b.MerkleRoot), ("$chain", b.LastChainHash), ("$previous", b.PreviousBlockHash), ("$hash", b.BlockHash),
                    ("$sealed", b.SealedAt.ToString(TimeFormat, CultureInfo.InvariantCulture)));
                block.ExecuteNonQuery();
                if (b.BlockNumber % 256 == 0)
                {
                    tx.Commit();
                    tx.Dispose();
                    tx = connection.BeginTransaction();
                }
            });
        using (var update = Command(connection,
            "UPDATE AuditSealHead SET LastSequence = $last, LastBlockNumber = $block, LastChainHash = $chain, LastBlockHash = $hash, Version = Version + 1 WHERE Id = 1",
            "$last", "$block", "$chain", "$hash"))
        {
            Set(update, tx, ("$last", head.LastSequence), ("$block", head.LastBlockNumber), ("$chain", head.LastChainHash), ("$hash", head.LastBlockHash));
            update.ExecuteNonQuery();
        }
        tx.Commit();
        tx.Dispose();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter(name, null));
        return command;
    }

    private static void Set(SqliteCommand command, SqliteTransaction tx, params (string Name, object Value)[] values)
    {
        command.Transaction = tx;
        foreach (var (name, value) in values) command.Parameters[name].Value = value;
    }
}
