using System.Globalization;
using Microsoft.Data.Sqlite;
using ObiDossier.Infrastructure.Audit;

namespace ObiDossier.Benchmarks.Data;

/// <summary>
/// Writes a sealed audit trail in bulk: entries hashed, chained and grouped into blocks with the
/// public <see cref="AuditHashing"/> functions, exactly as the writer and the sealer would, but
/// in large transactions instead of one per request. The verifier then has real work to check.
/// </summary>
internal static class SqliteAuditTrail
{
    private const int BlockSize = 1024; // the sealer's default
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

        var entry = new AuditEntry
        {
            ActorId = "bench-officer", ActorRole = "ind-officer", ActorOrganisation = "IND", ActorDisplayName = "bench-officer",
            Action = "case.trigger.reject-anonymisation", EntityType = "case", Outcome = AuditOutcome.Succeeded, StatusCode = 200,
            Motivation = "Benchmark: not anonymous enough.", ChangedFields = """["state"]""",
        };
        var chain = new byte[AuditHashing.HashSize];
        var previousBlock = new byte[AuditHashing.HashSize];
        var leaves = new List<byte[]>(BlockSize);
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        long blockNumber = 0;
        var tx = connection.BeginTransaction();
        for (long id = 1; id <= entries; id++)
        {
            if (leaves.Count == 0) blockNumber++;
            var caseId = CaseRows.Id(id % 5000 + 1); // a trail about a few thousand cases
            entry.At = start.AddTicks(id * 10_000); // a millisecond apart, whole microseconds
            entry.CaseId = caseId;
            entry.EntityId = caseId.ToString();
            entry.TraceId = id.ToString("x32", CultureInfo.InvariantCulture);
            var hash = AuditHashing.ComputeEntryHash(entry);
            chain = AuditHashing.ComputeChainHash(chain, id, id, blockNumber, hash);
            leaves.Add(hash);

            Set(insert, tx, ("$id", id), ("$at", entry.At.ToString(TimeFormat, CultureInfo.InvariantCulture)), ("$entity", entry.EntityId),
                ("$case", SqliteBenchDatabase.Stored(caseId)), ("$trace", entry.TraceId), ("$hash", hash), ("$chain", chain), ("$block", blockNumber));
            insert.ExecuteNonQuery();

            if (leaves.Count == BlockSize || id == entries)
            {
                var sealedBlock = new AuditBlock
                {
                    BlockNumber = blockNumber, FirstSequence = id - leaves.Count + 1, LastSequence = id, EntryCount = leaves.Count,
                    MerkleRoot = AuditHashing.ComputeMerkleRoot(leaves), LastChainHash = chain, PreviousBlockHash = previousBlock,
                    SealedAt = entry.At,
                };
                sealedBlock.BlockHash = AuditHashing.ComputeBlockHash(sealedBlock);
                Set(block, tx, ("$number", blockNumber), ("$first", sealedBlock.FirstSequence), ("$last", id), ("$count", leaves.Count),
                    ("$root", sealedBlock.MerkleRoot), ("$chain", chain), ("$previous", previousBlock), ("$hash", sealedBlock.BlockHash),
                    ("$sealed", sealedBlock.SealedAt.ToString(TimeFormat, CultureInfo.InvariantCulture)));
                block.ExecuteNonQuery();
                previousBlock = sealedBlock.BlockHash;
                leaves.Clear();
                if (blockNumber % 256 == 0)
                {
                    tx.Commit();
                    tx.Dispose();
                    tx = connection.BeginTransaction();
                }
            }
        }
        using (var head = Command(connection,
            "UPDATE AuditSealHead SET LastSequence = $last, LastBlockNumber = $block, LastChainHash = $chain, LastBlockHash = $hash, Version = Version + 1 WHERE Id = 1",
            "$last", "$block", "$chain", "$hash"))
        {
            Set(head, tx, ("$last", entries), ("$block", blockNumber), ("$chain", chain), ("$hash", previousBlock));
            head.ExecuteNonQuery();
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
