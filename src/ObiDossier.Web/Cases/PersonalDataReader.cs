using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.ProcessingLog;
using ObiDossier.Infrastructure.Vault;
using ObiDossier.Web.Commands;
using ObiDossier.Web.Hosting;
using ObiDossier.Web.ProcessingLog;

namespace ObiDossier.Web.Cases;

/// <summary>
/// Personal data as one reader may see them: exactly these fields, read under this legal basis
/// (for a recipient, under the approved disclosure <paramref name="DisclosureId"/>).
/// </summary>
public sealed record PersonalDataRead(IReadOnlyList<string> Fields, string LegalBasisCode, JsonObject Values, Guid? DisclosureId = null);

/// <summary>
/// What a read is for: the audit action and the processing-record name it is recorded under, and
/// whether only the recipients of the approved disclosure may make it (the formal report).
/// </summary>
public sealed record PersonalDataUse(string AuditAction, string ProcessingName, bool RecipientsOnly = false)
{
    /// <summary>Reading the data on screen or over the API.</summary>
    public static readonly PersonalDataUse Read = new(PersonalDataReader.Action, "personal-data.read");
}

/// <summary>
/// The one way personal data leave the vault for a person, shared by the API and the UI. IND
/// officers of the case's team read everything; another IND officer of the owning organisation
/// only by break-glass (a stated reason, audited as <see cref="BreakGlassAction"/>); a recipient
/// prosecutor reads exactly the released fields after release; anyone else finds nothing. Every
/// read is audited and logged as a processing; every refusal is audited.
/// </summary>
internal sealed class PersonalDataReader(
    UnitOfWork unit, PersonalDataVault vault, ProcessingLogWriter processing, CaseTeam team, CaseTexts texts, TimeProvider clock)
{
    public const string Action = "case.personal-data.read";

    /// <summary>The audit action of a read by an IND officer outside the case's team, with the reason they gave.</summary>
    public const string BreakGlassAction = "case.personal-data.break-glass";

    /// <summary>A break-glass reason is a sentence, not a document.</summary>
    public const int MaxReasonLength = 500;

    public Task<CommandResult<PersonalDataRead>> ReadAsync(Guid id, Actor actor, CancellationToken ct, string? breakGlassReason = null) =>
        ReadAsync(id, actor, PersonalDataUse.Read, ct, breakGlassReason);

    /// <summary>As <see cref="ReadAsync(Guid, Actor, CancellationToken, string?)"/>, audited and logged as <paramref name="use"/>.</summary>
    public async Task<CommandResult<PersonalDataRead>> ReadAsync(Guid id, Actor actor, PersonalDataUse use, CancellationToken ct, string? breakGlassReason = null)
    {
        var action = use.AuditAction;
        var start = clock.GetUtcNow();
        var db = unit.Db;
        var c = await db.Set<CaseEntity>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || !actor.CanSee(c)) return await RefuseAsync(actor, action, id, CommandError.NotFound("Case"), ct);

        IReadOnlyList<string> fields;
        string legalBasis, activity;
        Guid? disclosureId = null;
        string? reason = null;
        if (!use.RecipientsOnly && actor.IsInRole(Roles.IndOfficer) && actor.Organisation == c.OwnerOrganisation)
        {
            if (!await team.IsMemberAsync(id, actor.Id, ct))
            {
                // Need to know: outside the team, only with a reason, and the read is flagged to auditors.
                reason = breakGlassReason?.Trim();
                if (string.IsNullOrEmpty(reason) || reason.Length > MaxReasonLength || reason.Any(char.IsControl))
                    return await RefuseAsync(actor, BreakGlassAction, id, BreakGlassRequired, ct);
                action = BreakGlassAction;
            }
            (fields, legalBasis, activity) =
                (PersonalDataFields.All.ToList(), await processing.LegalBasisOfAsync(ProcessingActivities.Dossier, ct), ProcessingActivities.Dossier);
        }
        else
        {
            var disclosure = await db.Set<DisclosureEntity>().AsNoTracking()
                .Where(d => d.CaseId == id && d.Status == DisclosureStatus.Approved).OrderByDescending(d => d.ReviewedAt).FirstOrDefaultAsync(ct);
            // Not released, or not to this prosecutor: for them there are no personal data here at all.
            if (disclosure is null || !actor.IsInRole(Roles.OmProsecutor) || !disclosure.RecipientIds.Contains(actor.Id))
                return await RefuseAsync(actor, action, id, CommandError.NotFound("Personal data"), ct);
            (fields, legalBasis, activity, disclosureId) = (disclosure.ReleasedFields, disclosure.LegalBasisCode, ProcessingActivities.DisclosureToOm, disclosure.Id);
        }

        PersonalData data;
        try
        {
            data = await vault.ReadAsync(db, id, ct);
        }
        catch (VaultEntryShreddedException)
        {
            var gone = new CommandError(StatusCodes.Status410Gone, "The personal data of this case were destroyed at the end of retention.",
                [new("shredded", "The personal data of this case were destroyed at the end of retention.")]);
            return await RefuseAsync(actor, action, id, gone, ct, legalBasis);
        }

        await processing.AddAsync(use.ProcessingName, activity, legalBasis, id, data, actor, fields, start, ct);
        unit.Audit(new AuditRecord(actor, action, "case", id.ToString(), id, AuditOutcome.Succeeded, 200,
            LegalBasisCode: legalBasis, Motivation: texts.Seal(id, reason), ChangedFields: fields));
        if (await unit.SaveAsync("case", ct) is { } error) return await RefuseAsync(actor, action, id, error, ct, legalBasis);
        Telemetry.ObiMetrics.PersonalDataRead(activity, actor.Role);
        return new PersonalDataRead(fields, legalBasis, Project(data, fields), disclosureId);
    }

    /// <summary>A refused read is audited like every refused command (<see cref="UnitOfWork"/>).</summary>
    private Task<CommandError> RefuseAsync(Actor actor, string action, Guid id, CommandError error, CancellationToken ct, string? legalBasis = null) =>
        unit.RefuseAsync(new RefusalRecord(actor, action, "case", id.ToString(), id, legalBasis), error, ct);

    private static CommandError BreakGlassRequired => new(StatusCodes.Status403Forbidden,
        "You are not on this case's team: state why you must read its personal data (break-glass).",
        [new("break-glass-reason-required", $"Not on this case's team: give a reason of at most {MaxReasonLength} characters (header {BreakGlassHeader}); the read is flagged to auditors.")]);

    /// <summary>The request header that carries a break-glass reason over the API (never the URL).</summary>
    public const string BreakGlassHeader = "X-Break-Glass-Reason";

    /// <summary>Exactly the given fields, by their API names.</summary>
    private static JsonObject Project(PersonalData data, IReadOnlyCollection<string> fields)
    {
        var all = System.Text.Json.JsonSerializer.SerializeToNode(data, JsonDefaults.Web)!.AsObject();
        var result = new JsonObject();
        foreach (var field in fields.Where(all.ContainsKey))
            result[field] = all[field]?.DeepClone();
        return result;
    }
}
