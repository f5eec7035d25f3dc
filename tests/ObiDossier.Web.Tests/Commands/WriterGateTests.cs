using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Commands;

namespace ObiDossier.Web.Tests.Commands;

/// <summary>
/// SQLite's writers queue in the process, one at a time, first come first served; a save inside
/// an explicit transaction (which may hold the write lock already) and server databases do not.
/// </summary>
public sealed class WriterGateTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly ObiDossierDbContext _db;

    public WriterGateTests()
    {
        _connection.Open();
        _db = new ObiDossierDbContext(new DbContextOptionsBuilder<ObiDossierDbContext>().UseSqlite(_connection).Options);
    }

    [Fact]
    public async Task On_SQLite_a_second_writer_waits_until_the_first_is_done_and_a_third_after_it()
    {
        var gate = new WriterGate(new DatabaseConnection(DatabaseProvider.Sqlite, "Data Source=x.db"));
        var first = await gate.EnterAsync(_db, CancellationToken.None);
        var second = gate.EnterAsync(_db, CancellationToken.None).AsTask();
        var third = gate.EnterAsync(_db, CancellationToken.None).AsTask();
        Assert.False(second.IsCompleted);
        Assert.False(third.IsCompleted);

        first.Dispose();
        (await second).Dispose();
        (await third).Dispose();
        // The gate is free again.
        var next = gate.EnterAsync(_db, CancellationToken.None).AsTask();
        Assert.True(next.IsCompleted);
        (await next).Dispose();
    }

    [Fact]
    public async Task A_save_inside_an_explicit_transaction_is_not_queued()
    {
        var gate = new WriterGate(new DatabaseConnection(DatabaseProvider.Sqlite, "Data Source=x.db"));
        using var holder = await gate.EnterAsync(_db, CancellationToken.None);
        await using var tx = await _db.Database.BeginTransactionAsync();
        var next = gate.EnterAsync(_db, CancellationToken.None).AsTask();
        Assert.True(next.IsCompleted);
        (await next).Dispose();
    }

    [Fact]
    public async Task Server_databases_have_no_queue()
    {
        var gate = new WriterGate(new DatabaseConnection(DatabaseProvider.PostgreSql, "Host=localhost"));
        using var first = await gate.EnterAsync(_db, CancellationToken.None);
        var next = gate.EnterAsync(_db, CancellationToken.None).AsTask();
        Assert.True(next.IsCompleted);
        (await next).Dispose();
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }
}
