namespace ObiDossier.Infrastructure.Tests.Audit;

/// <summary>
/// The valid trail every mutation starts from: 300 entries written in request-sized
/// transactions, sealed in blocks of 25 as they come, with a signed checkpoint at entry 100
/// and one at the end.
/// </summary>
internal static class ValidTrail
{
    public const int Entries = 300;
    public const int MidCheckpoint = 100;
    public const long Target = 137;

    public static async Task BuildAsync(AuditTrailFixture fx)
    {
        for (var first = 0; first < Entries; first += 50)
        {
            await fx.WriteEntriesAsync(first, 50);
            await fx.SealAsync();
            if (first + 50 == MidCheckpoint)
            {
                await WriteCheckpointAsync(fx);
            }
        }
        await WriteCheckpointAsync(fx);
    }

    private static async Task WriteCheckpointAsync(AuditTrailFixture fx)
    {
        await using var db = fx.CreateContext();
        await fx.CheckpointWriter(db).WriteAsync();
    }
}
