using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Cases;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.ProcessingLog;
using ObiDossier.Infrastructure.Vault;
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
/// officers of the owning organisation read everything; a recipient prosecutor reads exactly the
/// released fields after release; anyone else finds nothing. Every read is audited and logged as
/// a processing; every refusal is audited.
/// </summary>
internal sealed class PersonalDataReader(
    ObiDossierDbContext db, PersonalDataVault vault, ProcessingLogWriter processing, AuditWriter audit, CaseCommands commands, TimeProvider clock)
{
    public const string Action = "case.personal-data.read";

    public Task<CommandResult<PersonalDataRead>> ReadAsync(Guid id, Actor actor, CancellationToken ct) =>
        ReadAsync(id, actor, PersonalDataUse.Read, ct);

    /// <summary>As <see cref="ReadAsync(Guid, Actor, CancellationToken)"/>, audited and logged as <paramref name="use"/>.</summary>
    public async Task<CommandResult<PersonalDataRead>> ReadAsync(Guid id, Actor actor, PersonalDataUse use, CancellationToken ct)
    {
        var action = use.AuditAction;
        var start = clock.GetUtcNow();
        var c = await db.Set<CaseEntity>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || !actor.CanSee(c)) return await commands.RefuseAsync(actor, action, id, CommandError.NotFound("Case"), ct);

        IReadOnlyList<string> fields;
        string legalBasis, activity;
        Guid? disclosureId = null;
        if (!use.RecipientsOnly && actor.IsInRole(Roles.IndOfficer) && actor.Organisation == c.OwnerOrganisation)
        {
            (fields, legalBasis, activity) =
                (PersonalDataFields.All.ToList(), await processing.LegalBasisOfAsync(ProcessingActivities.Dossier, ct), ProcessingActivities.Dossier);
        }
        else
        {
            var disclosure = await db.Set<DisclosureEntity>().AsNoTracking()
                .Where(d => d.CaseId == id && d.Status == DisclosureStatus.Approved).OrderByDescending(d => d.ReviewedAt).FirstOrDefaultAsync(ct);
            // Not released, or not to this prosecutor: for them there are no personal data here at all.
            if (disclosure is null || !actor.IsInRole(Roles.OmProsecutor) || !disclosure.RecipientIds.Contains(actor.Id))
                return await commands.RefuseAsync(actor, action, id, CommandError.NotFound("Personal data"), ct);
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
            return await commands.RefuseAsync(actor, action, id, gone, ct, legalBasis: legalBasis);
        }

        await processing.AddAsync(use.ProcessingName, activity, legalBasis, id, data, actor, fields, start, ct);
        audit.Add(db, new AuditRecord(actor, action, "case", id.ToString(), id, AuditOutcome.Succeeded, 200,
            LegalBasisCode: legalBasis, ChangedFields: fields));
        await db.SaveChangesAsync(ct);
        Telemetry.ObiMetrics.PersonalDataRead(activity, actor.Role);
        return new PersonalDataRead(fields, legalBasis, Project(data, fields), disclosureId);
    }

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
