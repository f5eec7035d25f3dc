using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure.Tests.Audit;

namespace ObiDossier.Infrastructure.Tests.Data;

public sealed class SqliteBusyTimeoutTests
{
    [Fact]
    public async Task Every_connection_the_context_opens_waits_for_the_write_lock_inside_SQLite()
    {
        using var fx = new AuditTrailFixture();
        await using var db = fx.CreateContext();
        await db.Database.OpenConnectionAsync();
        var timeout = await db.Database.SqlQueryRaw<long>("SELECT timeout AS Value FROM pragma_busy_timeout").SingleAsync();

        Assert.Equal(30_000, timeout);
    }
}
