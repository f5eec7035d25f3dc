using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Obi;
using ObiDossier.Web.Anonymisation;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Commands;

namespace ObiDossier.Web.Obi;

/// <summary>
/// <c>POST /anonymisation/scan { text, signalId }</c>: an intake officer checks a text against the
/// reporter's contact of a signal of their own organisation before saving it. Reading the contact
/// for the scan is a recorded processing (<see cref="ObiProcessing.Scan"/>), like the 1F scan.
/// </summary>
internal sealed class ObiSignalScan(UnitOfWork unit, ObiReporterVault reporters, AnonymisationScanner scanner, TimeProvider clock)
{
    public async Task<CommandResult<ScanResponse>> ScanAsync(Guid signalId, string text, Actor actor, CancellationToken ct)
    {
        var signal = await unit.Db.Set<ObiSignalEntity>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == signalId, ct);
        if (signal is null || !ObiVisibility.CanSeeSignal(actor, signal) || actor.Role != ObiRoles.Intake) return CommandError.NotFound("Signal");
        var reporter = await reporters.ReadForScanAsync(signalId, actor, clock.GetUtcNow(), ct);
        await unit.Db.SaveChangesAsync(ct);
        var findings = scanner.Scan(text, reporter?.ToScannerVault()).Select(f => new ScanFinding(f.Kind, f.Start, f.Length)).ToList();
        return new ScanResponse(findings);
    }
}
