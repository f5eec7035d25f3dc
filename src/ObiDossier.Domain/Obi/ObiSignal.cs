using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Obi;

/// <summary>
/// A signal as its workflow (<c>obi-signal</c>) sees it: the stored row and, for the trigger in
/// hand, the scanner's findings on its free text with the reporter's contact as the vault (loaded
/// by the store before the decision). Guards read it; effects change it through its methods; the
/// unit of work saves it once, its version the concurrency token.
/// </summary>
public sealed class ObiSignal(ObiSignalEntity entity) : WorkflowAggregate<ObiSignalEntity>(entity)
{
    public Guid Id => Entity.Id;

    /// <summary>What the scanner found in the signal's free text for the trigger in hand; the saved findings until then.</summary>
    public IReadOnlyList<AnonymisationFinding> Findings { get; set; } = entity.Findings;

    /// <summary>Whether <paramref name="userId"/> wrote, changed or submitted the signal (four eyes means every author).</summary>
    public bool IsAuthor(string userId) =>
        userId == Entity.AuthorId || userId == Entity.SubmittedById || Entity.AuthorIds.Contains(userId, StringComparer.Ordinal);

    /// <summary>The submitter becomes an author; the findings the reviewing officer sees are kept (kind and place, never values).</summary>
    public void Submit(string officerId, string? sealedOverrideMotivation)
    {
        Entity.SubmittedById = officerId;
        Entity.AddAuthor(officerId);
        Entity.SubmitOverrideMotivation = sealedOverrideMotivation;
        Entity.Findings = [.. Findings];
    }

    /// <summary>A second intake officer approved it: analysts see it from now on.</summary>
    public void Share(DateTimeOffset at) => Entity.SharedAt = at;

    /// <summary>
    /// The signal reached a final state: the reporter retention counts from now. Only a bundled
    /// signal stays in its report; one marked not-OBI or withdrawn leaves the draft it was in.
    /// </summary>
    public void Close(DateTimeOffset at, bool bundled)
    {
        Entity.ClosedAt = at;
        if (!bundled) Entity.ReportId = null;
    }

    public void Touch(DateTimeOffset at)
    {
        Entity.UpdatedAt = at;
        Entity.Version++;
    }
}
