using System.Globalization;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases;

/// <summary>The guards that <c>1f-case</c> names, each a pure function of the <see cref="GuardContext"/>.</summary>
public static class CaseGuards
{
    public const string AnonymisationClean = "anonymisation-clean";
    public const string NotAuthor = "not-author";
    public const string NotYetInterested = "not-yet-interested";
    public const string ReleasedFieldsValid = "released-fields-valid";
    public const string FourEyes = "four-eyes";
    public const string IsRecipient = "is-recipient";
    public const string LegalBasisCheck = DisclosureGuard.GuardName;

    public static IEnumerable<IWorkflowGuard> All()
    {
        yield return new DelegateGuard(AnonymisationClean,
            "the text identifies nobody (or the officer overrides the scanner with a motivation)", CheckAnonymisation);
        yield return new DelegateGuard(NotAuthor, "a second IND officer, not the author or submitter", CheckNotAuthor);
        yield return new DelegateGuard(NotYetInterested, "this prosecutor has not flagged interest yet", CheckNotYetInterested);
        yield return new DelegateGuard(ReleasedFieldsValid, "each released field is a known personal-data field", CheckReleasedFields);
        yield return new DelegateGuard(FourEyes, "the reviewer is not the drafter of the report", CheckFourEyes);
        yield return new DelegateGuard(IsRecipient, "only a prosecutor who flagged interest", CheckRecipient);
        yield return new DisclosureGuard();
    }

    private static IReadOnlyList<UnmetCondition> CheckAnonymisation(GuardContext c)
    {
        var findings = c.Fact<CaseFacts>().AnonymisationFindings;
        if (findings.Count == 0 || c.Inputs.Text("overrideMotivation") is not null) return [];
        return findings
            .Select(f => new UnmetCondition("anonymisation-finding",
                $"Possible identifier ({f.Kind}) in '{f.Field}' at position {f.Start}, length {f.Length}. Remove it, or override with a motivation.")
            { Arguments = [f.Kind, f.Field, f.Start.ToString(CultureInfo.InvariantCulture), f.Length.ToString(CultureInfo.InvariantCulture)] })
            .ToList();
    }

    private static IReadOnlyList<UnmetCondition> CheckNotAuthor(GuardContext c)
    {
        var facts = c.Fact<CaseFacts>();
        return c.Actor.Id == facts.AuthorId || c.Actor.Id == facts.SubmittedById
            ? [new UnmetCondition("four-eyes-anonymisation", "The anonymisation must be checked by another IND officer than the author or submitter.")]
            : [];
    }

    private static IReadOnlyList<UnmetCondition> CheckNotYetInterested(GuardContext c) =>
        c.Fact<CaseFacts>().InterestedProsecutorIds.Contains(c.Actor.Id)
            ? [new UnmetCondition("interest-already-flagged", "You have already flagged interest in this case.")]
            : [];

    private static IReadOnlyList<UnmetCondition> CheckReleasedFields(GuardContext c)
    {
        var fields = c.Inputs.List("releasedFields");
        var problems = fields.Where(f => !PersonalDataFields.IsKnown(f))
            .Select(f => new UnmetCondition("unknown-field", $"'{f}' is not a personal-data field; choose from {string.Join(", ", PersonalDataFields.All)}."))
            .ToList();
        if (fields.Count != fields.Distinct(StringComparer.Ordinal).Count())
            problems.Add(new UnmetCondition("duplicate-field", "Each field is released at most once."));
        return problems;
    }

    private static IReadOnlyList<UnmetCondition> CheckFourEyes(GuardContext c) =>
        c.Actor.Id == c.Fact<CaseFacts>().DisclosureDrafterId
            ? [new UnmetCondition("four-eyes", "The reviewer of a disclosure may not be its drafter.")]
            : [];

    private static IReadOnlyList<UnmetCondition> CheckRecipient(GuardContext c) =>
        c.Fact<CaseFacts>().InterestedProsecutorIds.Contains(c.Actor.Id)
            ? []
            : [new UnmetCondition("not-a-recipient", "Only a prosecutor who flagged interest in this case receives its data.")];
}
