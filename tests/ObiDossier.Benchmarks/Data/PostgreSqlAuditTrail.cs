using System.Globalization;
using System.Text;
using ObiDossier.Infrastructure.Audit;

namespace ObiDossier.Benchmarks.Data;

/// <summary>
/// Writes the rows of <see cref="AuditTrailGenerator"/> into PostgreSQL with <c>COPY</c> (text
/// format, through psql), then moves the seal head and the identity past the last entry.
/// </summary>
internal static class PostgreSqlAuditTrail
{
    private const string Null = "\\N";

    public static async Task BuildAsync(PostgreSqlTools tools, string database, long entries)
    {
        var blocks = new StringBuilder();
        AuditTrailGenerator.Head? head = null;
        await tools.CopyAsync(database, """
            COPY "AuditEntries" ("Id", "Sequence", "At", "ActorId", "ActorRole", "ActorOrganisation", "ActorDisplayName", "Action", "EntityType",
                "EntityId", "CaseId", "Outcome", "StatusCode", "Reasons", "LegalBasisCode", "Motivation", "ChangedFields", "TraceId", "EntryHash",
                "ChainHash", "BlockNumber") FROM STDIN
            """, writer =>
        {
            head = AuditTrailGenerator.Generate(entries,
                (e, id, hash, chain, block) => writer.WriteLine(string.Join('\t',
                    id, id, Time(e.At), e.ActorId, e.ActorRole, e.ActorOrganisation, e.ActorDisplayName, e.Action, e.EntityType, e.EntityId,
                    e.CaseId, AuditHashing.OutcomeName(e.Outcome), e.StatusCode, e.Reasons ?? Null, e.LegalBasisCode ?? Null, e.Motivation,
                    e.ChangedFields, e.TraceId, Bytea(hash), Bytea(chain), block)),
                b => blocks.AppendLine(string.Join('\t', b.BlockNumber, b.FirstSequence, b.LastSequence, b.EntryCount, Bytea(b.MerkleRoot),
                    Bytea(b.LastChainHash), Bytea(b.PreviousBlockHash), Bytea(b.BlockHash), Time(b.SealedAt))));
        });
        await tools.CopyAsync(database, """
            COPY "AuditBlocks" ("BlockNumber", "FirstSequence", "LastSequence", "EntryCount", "MerkleRoot", "LastChainHash", "PreviousBlockHash",
                "BlockHash", "SealedAt") FROM STDIN
            """, writer => writer.Write(blocks.ToString()));
        var h = head!;
        await tools.PsqlAsync(database, "-c", FormattableString.Invariant($"""
            UPDATE "AuditSealHead" SET "LastSequence" = {h.LastSequence}, "LastBlockNumber" = {h.LastBlockNumber},
                "LastChainHash" = '\x{Convert.ToHexStringLower(h.LastChainHash)}', "LastBlockHash" = '\x{Convert.ToHexStringLower(h.LastBlockHash)}',
                "Version" = "Version" + 1 WHERE "Id" = 1;
            SELECT setval(pg_get_serial_sequence('"AuditEntries"', 'Id'), {Math.Max(1, h.LastSequence)});
            """));
        await tools.PsqlAsync(database, "-c", "VACUUM ANALYZE \"AuditEntries\"");
    }

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+00";

    // COPY's text format reads a backslash as an escape: the bytea hex form \x... is written \\x...
    private static string Bytea(byte[] value) => "\\\\x" + Convert.ToHexStringLower(value);
}
