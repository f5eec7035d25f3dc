using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.LegalBases;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Commands;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.LegalBases;

/// <summary>
/// Nobody alone changes the rules (README "Personal data, the legal basis and the audit trail"): an admin proposes a new basis or new values with a
/// motivation; a legal reviewer who is not the proposer confirms or rejects. Only a confirmation
/// changes the registry, as a new version that keeps the old one, and never in the past: a
/// <c>validFrom</c> (or <c>validTo</c>) it sets lies on or after the day of confirmation (the
/// Amsterdam day). Every step is audited with the old and the new values (not personal data).
/// </summary>
internal sealed class LegalBasisChanges(UnitOfWork unit, LegalCalendar calendar, TimeProvider clock)
{
    private ObiDossierDbContext db => unit.Db;

    public async Task<CommandResult<LegalBasisChangeDto>> ProposeAsync(string kind, string code, CreateLegalBasisRequest request, int? ifMatch, Actor actor, CancellationToken ct)
    {
        var action = $"legal-basis.propose-{kind}";
        var problems = Validate(request with { Code = code });
        if (string.IsNullOrWhiteSpace(request.Motivation) || request.Motivation.Length > 2000)
            problems.Add(new("motivation-required", "motivation: required (why the registry must change), at most 2000 characters."));
        var basis = await db.Set<LegalBasis>().AsNoTracking().FirstOrDefaultAsync(b => b.Code == code, ct);
        if (kind == LegalBasisChangeKinds.Update && basis is null) return await RefuseAsync(actor, action, code, CommandError.NotFound("Legal basis"), ct);
        if (kind == LegalBasisChangeKinds.Create && basis is not null && problems.Count == 0)
            return await RefuseAsync(actor, action, code, new CommandError(409, $"Legal basis '{code}' exists.", [new("legal-basis-exists", "A legal basis with that code exists: propose a change with PUT.")]), ct);
        if (problems.Count == 0) problems.AddRange(NotInThePast(basis, request, calendar.Today(clock.GetUtcNow())));
        if (problems.Count > 0) return await RefuseAsync(actor, action, code, CommandError.Invalid("The proposed legal basis is invalid.", problems), ct);
        if (kind == LegalBasisChangeKinds.Update && ifMatch != basis!.CurrentVersion)
            return await RefuseAsync(actor, action, code, new CommandError(412, "The legal basis changed since you read it: reload it.",
                [new("precondition-failed", $"If-Match names version {ifMatch}, the registry holds version {basis.CurrentVersion}.")]), ct);

        var now = clock.GetUtcNow();
        var change = new LegalBasisChangeEntity
        {
            Id = Guid.CreateVersion7(now), Code = code, Kind = kind, BaseVersion = basis?.CurrentVersion,
            Title = request.Title!.Trim(), Article = request.Article!.Trim(), Description = request.Description ?? request.Title!.Trim(),
            ValidFrom = request.ValidFrom, ValidTo = request.ValidTo, RecipientOrganisations = [.. request.RecipientOrganisations ?? []],
            DataCategories = [.. request.DataCategories ?? []], Regime = request.Regime ?? basis?.Regime ?? LegalRegimes.Avg,
            Motivation = request.Motivation!.Trim(), ProposedById = actor.Id, ProposedByName = actor.DisplayName, ProposedAt = now,
            Status = LegalBasisChangeStatus.Pending,
        };
        db.Add(change);
        unit.Audit(new AuditRecord(actor, action, "legal-basis", code, null, AuditOutcome.Succeeded, StatusCodes.Status202Accepted,
            LegalBasisCode: code, Motivation: change.Motivation, ChangedFields: Differences(basis is null ? null : ToDto(basis), ProposedValues(change))));
        await db.SaveChangesAsync(ct);
        return ToDto(change);
    }

    public async Task<CommandResult<LegalBasisChangeDto>> DecideAsync(string code, Guid changeId, bool confirm, string? motivation, Actor actor, CancellationToken ct)
    {
        var action = confirm ? "legal-basis.confirm" : "legal-basis.reject";
        var change = await db.Set<LegalBasisChangeEntity>().FirstOrDefaultAsync(c => c.Id == changeId && c.Code == code, ct);
        if (change is null) return await RefuseAsync(actor, action, code, CommandError.NotFound("Change"), ct);
        if (change.Status != LegalBasisChangeStatus.Pending)
            return await RefuseAsync(actor, action, code, new CommandError(409, "This change was decided already.", [new("change-decided", $"The change is {change.Status.ToString().ToLowerInvariant()}.")]), ct);
        if (change.ProposedById == actor.Id)
            return await RefuseAsync(actor, action, code, new CommandError(422, "The proposer cannot decide their own change.", [new("four-eyes", "A second person decides: not the one who proposed it.")]), ct);
        if (!confirm && string.IsNullOrWhiteSpace(motivation))
            return await RefuseAsync(actor, action, code, CommandError.Invalid("A rejection needs a motivation.", [new("motivation-required", "motivation: why the change is rejected.")]), ct);
        if (motivation is { Length: > 2000 })
            return await RefuseAsync(actor, action, code, CommandError.Invalid("The motivation is too long.", [new("invalid-motivation", "motivation: at most 2000 characters.")]), ct);

        var now = clock.GetUtcNow();
        var basis = await db.Set<LegalBasis>().FirstOrDefaultAsync(b => b.Code == code, ct);
        LegalBasisDto? before = basis is null ? null : ToDto(basis);
        if (confirm)
        {
            var conflict = change.Kind == LegalBasisChangeKinds.Create
                ? basis is null ? null : "A legal basis with this code was registered meanwhile."
                : basis is null ? "The legal basis no longer exists." : basis.CurrentVersion != change.BaseVersion
                    ? $"The basis is at version {basis.CurrentVersion} now, the change was proposed on version {change.BaseVersion}: propose it again." : null;
            if (conflict is not null) return await RefuseAsync(actor, action, code, new CommandError(409, conflict, [new("change-outdated", conflict)]), ct);
            var past = NotInThePast(basis, ToRequest(change), calendar.Today(now));
            if (past.Count > 0) return await RefuseAsync(actor, action, code, new CommandError(422, "A change never takes effect in the past.", past), ct);
            basis = Apply(basis, change, actor, now);
        }
        change.Status = confirm ? LegalBasisChangeStatus.Confirmed : LegalBasisChangeStatus.Rejected;
        change.DecidedById = actor.Id;
        change.DecidedAt = now;
        change.DecisionMotivation = string.IsNullOrWhiteSpace(motivation) ? null : motivation.Trim();
        change.ResultVersion = confirm ? basis!.CurrentVersion : null;
        change.Token = Guid.NewGuid();
        unit.Audit(new AuditRecord(actor, action, "legal-basis", code, null, AuditOutcome.Succeeded, StatusCodes.Status200OK,
            LegalBasisCode: code, Motivation: change.DecisionMotivation ?? change.Motivation,
            ChangedFields: confirm ? Differences(before, ToDto(basis!)) : Differences(before, ProposedValues(change))));
        // A concurrent decision or registry change wins by the concurrency token or the version's key.
        if (await unit.SaveAsync("legal basis", ct, () => Task.FromResult(true)) is not null)
            return await RefuseAsync(actor, action, code, CommandError.Conflict("Someone else decided this change or changed the basis meanwhile: reload."), ct);
        return ToDto(change);
    }

    private LegalBasis Apply(LegalBasis? basis, LegalBasisChangeEntity change, Actor actor, DateTimeOffset now)
    {
        if (basis is null)
        {
            basis = new LegalBasis
            {
                Code = change.Code, Title = change.Title, Article = change.Article, Description = change.Description, Regime = change.Regime,
                CurrentVersion = 0,
            };
            db.Add(basis);
        }
        else if (!db.Set<LegalBasisVersionEntity>().Any(v => v.Code == basis.Code && v.Version == basis.CurrentVersion))
        {
            // Registered before versions were kept: its current values become the version they were.
            db.Add(basis.Snapshot("system", now));
        }
        basis.Title = change.Title;
        basis.Article = change.Article;
        basis.Description = change.Description;
        basis.ValidFrom = change.ValidFrom;
        basis.ValidTo = change.ValidTo;
        basis.RecipientOrganisations = [.. change.RecipientOrganisations];
        basis.DataCategories = [.. change.DataCategories];
        basis.Regime = change.Regime;
        basis.CurrentVersion++;
        basis.Touch();
        db.Add(basis.Snapshot(actor.Id, now, change.Id, change.ProposedById));
        return basis;
    }

    /// <summary>A start or end date that the change sets must not lie before today: the law never changes backwards.</summary>
    private static List<UnmetCondition> NotInThePast(LegalBasis? basis, CreateLegalBasisRequest r, DateOnly today)
    {
        var problems = new List<UnmetCondition>();
        if (r.ValidFrom is { } from && from < today && (basis is null || basis.ValidFrom != from))
            problems.Add(new("valid-from-in-past", $"validFrom {from:yyyy-MM-dd} lies before today ({today:yyyy-MM-dd}): a change takes effect today at the earliest."));
        if (r.ValidTo is { } to && to < today && (basis is null || basis.ValidTo != to))
            problems.Add(new("valid-to-in-past", $"validTo {to:yyyy-MM-dd} lies before today ({today:yyyy-MM-dd}): a basis cannot be ended backwards."));
        return problems;
    }

    private async Task<CommandResult<LegalBasisChangeDto>> RefuseAsync(Actor actor, string action, string? code, CommandError error, CancellationToken ct) =>
        await unit.RefuseAsync(new RefusalRecord(actor, action, "legal-basis", code?[..Math.Min(code.Length, 100)]), error, ct);

    /// <summary>Each changed field as <c>field: old → new</c> (registry values, never personal data).</summary>
    internal static List<string> Differences(LegalBasisDto? a, LegalBasisDto b)
    {
        var changed = new List<string>();
        void Compare(string name, string? x, string? y)
        {
            if (!string.Equals(x, y, StringComparison.Ordinal)) changed.Add($"{name}: {Show(x)} → {Show(y)}");
        }
        static string Show(string? v) => v is null ? "(none)" : v.Length > 80 ? v[..80] + "…" : v;
        Compare("title", a?.Title, b.Title);
        Compare("article", a?.Article, b.Article);
        Compare("description", a?.Description, b.Description);
        Compare("validFrom", a?.ValidFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), b.ValidFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Compare("validTo", a?.ValidTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), b.ValidTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Compare("recipientOrganisations", a is null ? null : string.Join(",", a.RecipientOrganisations), string.Join(",", b.RecipientOrganisations));
        Compare("dataCategories", a is null ? null : string.Join(",", a.DataCategories), string.Join(",", b.DataCategories));
        Compare("regime", a?.Regime, b.Regime);
        return changed;
    }

    internal static List<UnmetCondition> Validate(CreateLegalBasisRequest r)
    {
        var problems = new List<UnmetCondition>();
        if (string.IsNullOrWhiteSpace(r.Code) || r.Code.Length > 64 || !r.Code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'))
            problems.Add(new("invalid-code", "code: 1 to 64 letters, digits, '-', '.' or '_'."));
        else if (string.Equals(r.Code, "changes", StringComparison.OrdinalIgnoreCase))
            problems.Add(new("invalid-code", "code: 'changes' is the name of the list of changes."));
        if (string.IsNullOrWhiteSpace(r.Title) || r.Title.Length > 200) problems.Add(new("invalid-title", "title: required, at most 200 characters."));
        if (string.IsNullOrWhiteSpace(r.Article) || r.Article.Length > 200) problems.Add(new("invalid-article", "article: required, at most 200 characters."));
        if (r.Description is { Length: > 2000 }) problems.Add(new("invalid-description", "description: at most 2000 characters."));
        if (r.ValidFrom is not null && r.ValidTo is not null && r.ValidTo < r.ValidFrom) problems.Add(new("invalid-period", "validTo lies before validFrom."));
        if (r.RecipientOrganisations?.Any(o => !Organisations.All.Contains(o)) == true)
            problems.Add(new("invalid-recipient", $"recipientOrganisations: choose from {string.Join(", ", Organisations.All)}."));
        if (r.DataCategories?.Any(c => !DataCategories.All.Contains(c)) == true)
            problems.Add(new("invalid-category", $"dataCategories: choose from {string.Join(", ", DataCategories.All)}."));
        if (r.Regime is not null && r.Regime is not (LegalRegimes.Avg or LegalRegimes.Wjsg)) problems.Add(new("invalid-regime", "regime: AVG or Wjsg."));
        return problems;
    }

    public static LegalBasisDto ToDto(LegalBasis b) =>
        new(b.Code, b.Title, b.Article, b.Description, b.ValidFrom, b.ValidTo, b.RecipientOrganisations, b.DataCategories, b.Regime, b.CurrentVersion);

    public static LegalBasisDto ProposedValues(LegalBasisChangeEntity c) =>
        new(c.Code, c.Title, c.Article, c.Description, c.ValidFrom, c.ValidTo, c.RecipientOrganisations, c.DataCategories, c.Regime, c.ResultVersion ?? 0);

    public static LegalBasisChangeDto ToDto(LegalBasisChangeEntity c) => new(
        c.Id, c.Code, c.Kind, c.Status.ToString().ToLowerInvariant(), c.BaseVersion, ProposedValues(c), c.Motivation, c.ProposedById, c.ProposedByName,
        c.ProposedAt, c.DecidedById, c.DecidedAt, c.DecisionMotivation, c.ResultVersion);

    public static LegalBasisVersionDto ToDto(LegalBasisVersionEntity v) => new(v.Version,
        new(v.Code, v.Title, v.Article, v.Description, v.ValidFrom, v.ValidTo, v.RecipientOrganisations, v.DataCategories, v.Regime, v.Version),
        v.ChangeId, v.ProposedById, v.ConfirmedById, v.ConfirmedAt);

    private static CreateLegalBasisRequest ToRequest(LegalBasisChangeEntity c) =>
        new(c.Code, c.Title, c.Article, c.Description, c.ValidFrom, c.ValidTo, c.RecipientOrganisations, c.DataCategories, c.Regime, c.Motivation);
}
