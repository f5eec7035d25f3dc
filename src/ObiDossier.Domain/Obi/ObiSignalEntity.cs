using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Obi;

/// <summary>
/// A signal as stored (Obi/README.md): its workflow state and the anonymised fields. The reporter's
/// contact is not here: it lives encrypted in the vault, keyed by <see cref="Id"/>, readable by
/// <see cref="IntakeOrganisation"/> only. The workflow runs on the <see cref="ObiSignal"/> aggregate
/// around it, as <c>Case</c> wraps <c>CaseEntity</c>.
/// <see cref="Period"/> is <c>yyyy-MM</c>, so comparing it as a string orders it in time, which is
/// how a report selects its months in a query.
/// </summary>
public sealed class ObiSignalEntity : IWorkflowInstance
{
    public Guid Id { get; set; }

    /// <summary>Human reference such as <c>OBI-2026-000123</c>; carries no personal data.</summary>
    public required string Reference { get; set; }

    public string WorkflowName { get; set; } = ObiSignalWorkflow.Name;
    public int WorkflowVersion { get; set; }
    public required string State { get; set; }

    /// <summary>The entry point that recorded it (<see cref="ObiOrganisations"/>): the only one that sees it before it is Shared, and the only one that ever reads the reporter.</summary>
    public required string IntakeOrganisation { get; set; }

    public required string AuthorId { get; set; }

    /// <summary>Everyone who wrote, changed or submitted the signal: none of them may approve its anonymisation.</summary>
    public List<string> AuthorIds { get; set; } = [];

    public string? SubmittedById { get; set; }

    /// <summary>The anonymisation scanner's findings on the saved free text (field, kind, place; never values), for the reviewing officer.</summary>
    public List<AnonymisationFinding> Findings { get; set; } = [];

    /// <summary>The motivation with which heuristic findings were overridden at submission (never a reporter value).</summary>
    public string? SubmitOverrideMotivation { get; set; }

    public required string StateActor { get; set; }
    public required string Conduct { get; set; }
    public required string Instrument { get; set; }
    public required string Target { get; set; }
    public string? Community { get; set; }
    public string? Region { get; set; }
    public required string Period { get; set; }
    public string? Effect { get; set; }
    public required string Narrative { get; set; }
    public bool ReferredToPolice { get; set; }

    /// <summary>The report it is bundled into: set when a report on its period is opened while it is Shared; it moves to Bundled when that report is approved.</summary>
    public Guid? ReportId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When a second intake officer approved it: from then on analysts see it.</summary>
    public DateTimeOffset? SharedAt { get; set; }

    /// <summary>When it reached Bundled, NotObi or Withdrawn: the reporter retention counts from here.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>When the reporter's vault key was destroyed; null while the contact is still readable.</summary>
    public DateTimeOffset? ReporterShreddedAt { get; set; }

    /// <summary>Optimistic concurrency: bumped on every change, served as the ETag.</summary>
    public long Version { get; set; }

    /// <summary>Adds an author of the signal (four eyes means every author).</summary>
    public void AddAuthor(string actorId)
    {
        if (!AuthorIds.Contains(actorId, StringComparer.Ordinal)) AuthorIds = [.. AuthorIds, actorId];
    }

    /// <summary>When the reporter's contact must be shredded: <paramref name="retentionDays"/> after closing; null while open or already shredded.</summary>
    public DateTimeOffset? ReporterShredDueAt(int retentionDays) =>
        ReporterShreddedAt is null && ClosedAt is { } closed && ObiSignalWorkflow.States.Final.Contains(State) ? closed.AddDays(retentionDays) : null;

    /// <summary>The anonymised fields in the API's shape (what analysts and the scanner see).</summary>
    public AnonymisedSignal ToAnonymised() => new()
    {
        StateActor = StateActor, Conduct = Conduct, Instrument = Instrument, Target = Target, Community = Community,
        Region = Region, Period = Period, Effect = Effect, Narrative = Narrative, ReferredToPolice = ReferredToPolice,
    };

    /// <summary>What the figures count of it.</summary>
    public CountedSignal Counted() => new(StateActor, Conduct, Target, Instrument);
}
