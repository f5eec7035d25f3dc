using ObiDossier.Domain;
using ObiDossier.Domain.Obi;
using ObiDossier.Infrastructure.Vault;
using ObiDossier.Web.Commands;
using ObiDossier.Web.ProcessingLog;

namespace ObiDossier.Web.Obi;

/// <summary>
/// The reporter's contact in the one vault, keyed by the signal's id: every store, read and scan
/// is a processing record under the desk's activities (<see cref="ObiProcessing"/>), in the
/// caller's unit of work. Values never leave this class except to the caller that asked.
/// </summary>
internal sealed class ObiReporterVault(UnitOfWork unit, PersonalDataVault vault, ProcessingLogWriter processing)
{
    /// <summary>Processing-record name of storing (or replacing) the contact.</summary>
    public const string StoreName = "obi.reporter.store";

    public Task PrefetchAsync(Guid signalId, CancellationToken ct) => vault.PrefetchAsync(unit.Db, signalId, ct);

    /// <summary>Encrypts the contact under the signal's data key and records the processing.</summary>
    public Task StoreAsync(Guid signalId, ReporterContact reporter, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        vault.Store(unit.Db, signalId, reporter);
        return processing.AddForReporterAsync(StoreName, ObiProcessing.ReporterContact, signalId, actor, reporter.FieldNames(), now, ct);
    }

    /// <summary>
    /// The contact as the scanner's vault for the anonymisation check, recorded as
    /// <see cref="ObiProcessing.Scan"/>; null when it was shredded (nothing left to find).
    /// </summary>
    public async Task<ReporterContact?> ReadForScanAsync(Guid signalId, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var reporter = await TryReadAsync(signalId, ct);
        if (reporter is not null)
            await processing.AddForReporterAsync(ObiProcessing.Scan, ObiProcessing.AnonymisationCheck, signalId, actor, reporter.FieldNames(), now, ct);
        return reporter;
    }

    /// <summary>The contact for an intake officer to call back, recorded as <see cref="ObiProcessing.Read"/>; null when shredded.</summary>
    public async Task<ReporterContact?> ReadForCallBackAsync(Guid signalId, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var reporter = await TryReadAsync(signalId, ct);
        if (reporter is not null)
            await processing.AddForReporterAsync(ObiProcessing.Read, ObiProcessing.ReporterContact, signalId, actor, reporter.FieldNames(), now, ct);
        return reporter;
    }

    /// <summary>Crypto-shreds the contact (and every text sealed under its key) and records the processing.</summary>
    public async Task<IReadOnlyList<string>> ShredAsync(Guid signalId, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var reporter = await TryReadAsync(signalId, ct);
        IReadOnlyList<string> fields = reporter?.FieldNames() ?? ReporterContactFields.All;
        await vault.ShredAsync(unit.Db, signalId, ct);
        await processing.AddForReporterAsync(ShredName, ObiProcessing.Retention, signalId, actor, fields, now, ct);
        return fields;
    }

    /// <summary>Processing-record name of destroying the contact at the end of retention.</summary>
    public const string ShredName = "obi.reporter.shred";

    /// <summary>The legal basis the register names for the desk's activities.</summary>
    public Task<string> LegalBasisAsync(CancellationToken ct) => processing.LegalBasisOfAsync(ObiProcessing.ReporterContact, ct);

    /// <summary>Call after the shredding transaction committed (SQLite keeps old pages in its log until then).</summary>
    public Task PurgeShreddedRemnantsAsync(CancellationToken ct) => vault.PurgeShreddedRemnantsAsync(unit.Db, ct);

    private async Task<ReporterContact?> TryReadAsync(Guid signalId, CancellationToken ct)
    {
        try
        {
            return await vault.ReadAsync<ReporterContact>(unit.Db, signalId, ct);
        }
        catch (Exception e) when (e is VaultEntryShreddedException or VaultEntryMissingException)
        {
            return null;
        }
    }
}
