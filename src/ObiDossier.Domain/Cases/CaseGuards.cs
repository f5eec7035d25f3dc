using System.Globalization;
using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases;

/// <summary>The guards that <c>1f-case</c> names, each a pure function of the <see cref="GuardContext"/> and the <see cref="Case"/> in it.</summary>
public static class CaseGuards
{
    public const string AnonymisationClean = "anonymisation-clean";
    public const string NotAuthor = "not-author";
    public const string NotAnswerAuthor = "not-answer-author";
    public const string NotYetInterested = "not-yet-interested";
    public const string ReleasedFieldsValid = "released-fields-valid";
    public const string FourEyes = "four-eyes";
    public const string IsRecipient = "is-recipient";
    public const string RequestedFieldsValid = "requested-fields-valid";
    public const string OutcomeRecordable = "outcome-recordable";
    public const string LegalBasisCheck = DisclosureGuard.GuardName;

    public static IEnumerable<IWorkflowGuard> All()
    {
        yield return new DelegateGuard(AnonymisationClean,
            "the text holds none of this case's own personal data, and no other identifier unless the officer overrides with a motivation", CheckAnonymisation);
        yield return new DelegateGuard(NotAuthor, "a second IND officer, none of those who wrote, changed or submitted the summary", CheckNotAuthor);
        yield return new DelegateGuard(NotAnswerAuthor, "a second IND officer, not the author of the answer", CheckNotAnswerAuthor);
        yield return new DelegateGuard(NotYetInterested, "this prosecutor has not flagged interest yet", CheckNotYetInterested);
        yield return new DelegateGuard(ReleasedFieldsValid, "each released field is a known personal-data field", CheckReleasedFields);
        yield return new DelegateGuard(FourEyes, "the reviewer is not the drafter of the report", CheckFourEyes);
        yield return new DelegateGuard(IsRecipient, "only a prosecutor who flagged interest", CheckRecipient);
        yield return new DelegateGuard(RequestedFieldsValid, "each demanded field is a known personal-data field, and the OM case number is a case number",
            c => [.. CheckFields(c.Inputs.List("requestedFields")), .. CheckOmCaseNumber(c)]);
        yield return new DelegateGuard(OutcomeRecordable,
            "the data were released to this prosecutor, no outcome was recorded for the release yet, and the outcome is one of the list", CheckOutcome);
        yield return new DisclosureGuard();
    }

    /// <summary>
    /// A finding that is one of the case's own vault values can never be overridden: the scanner
    /// is certain it is this person's data. Heuristic findings (a name-like word, a pattern) can,
    /// with a motivation that the second officer sees.
    /// </summary>
    private static IReadOnlyList<UnmetCondition> CheckAnonymisation(GuardContext c)
    {
        var findings = c.Fact<Case>().Findings;
        var overridden = c.Inputs.Text("overrideMotivation") is not null;
        return findings
            .Where(f => f.Kind == FindingKinds.VaultValue || !overridden)
            .Select(f => (f.Kind == FindingKinds.VaultValue
                ? new UnmetCondition("anonymisation-vault-value",
                    $"This case's own personal data in '{f.Field}' at position {f.Start}, length {f.Length}. Remove it: this cannot be overridden.")
                : new UnmetCondition("anonymisation-finding",
                    $"Possible identifier ({f.Kind}) in '{f.Field}' at position {f.Start}, length {f.Length}. Remove it, or override with a motivation."))
                with { Arguments = [f.Kind, f.Field ?? "", f.Start.ToString(CultureInfo.InvariantCulture), f.Length.ToString(CultureInfo.InvariantCulture)] })
            .ToList();
    }

    private static IReadOnlyList<UnmetCondition> CheckNotAuthor(GuardContext c)
    {
        return c.Fact<Case>().IsSummaryAuthor(c.Actor.Id)
            ? [new UnmetCondition("four-eyes-anonymisation", "The anonymisation must be checked by an IND officer who did not write, change or submit the summary.")]
            : [];
    }

    private static IReadOnlyList<UnmetCondition> CheckNotAnswerAuthor(GuardContext c) =>
        c.Actor.Id == c.Fact<Case>().AnswerInReview?.AnsweredById
            ? [new UnmetCondition("four-eyes-answer", "The answer must be checked by another IND officer than its author.")]
            : [];

    private static IReadOnlyList<UnmetCondition> CheckNotYetInterested(GuardContext c) =>
        c.Fact<Case>().InterestedProsecutorIds.Contains(c.Actor.Id)
            ? [new UnmetCondition("interest-already-flagged", "You have already flagged interest in this case.")]
            : [];

    private static IReadOnlyList<UnmetCondition> CheckReleasedFields(GuardContext c) => CheckFields(c.Inputs.List("releasedFields"));

    private static List<UnmetCondition> CheckFields(IReadOnlyList<string> fields)
    {
        var problems = fields.Where(f => !PersonalDataFields.IsKnown(f))
            .Select(f => new UnmetCondition("unknown-field", $"'{f}' is not a personal-data field; choose from {string.Join(", ", PersonalDataFields.All)}."))
            .ToList();
        if (fields.Count != fields.Distinct(StringComparer.Ordinal).Count())
            problems.Add(new UnmetCondition("duplicate-field", "Each field is released at most once."));
        return problems;
    }

    private static IReadOnlyList<UnmetCondition> CheckFourEyes(GuardContext c) =>
        c.Actor.Id == c.Fact<Case>().DisclosureInReview?.DraftedById
            ? [new UnmetCondition("four-eyes", "The reviewer of a disclosure may not be its drafter.")]
            : [];

    private static IReadOnlyList<UnmetCondition> CheckRecipient(GuardContext c) =>
        c.Fact<Case>().InterestedProsecutorIds.Contains(c.Actor.Id)
            ? []
            : [new UnmetCondition("not-a-recipient", "Only a prosecutor who flagged interest in this case receives its data.")];

    /// <summary>The OM case number goes into the audit of a disclosure and onto the UI: an identifier of an investigation, short, without free text.</summary>
    private static IEnumerable<UnmetCondition> CheckOmCaseNumber(GuardContext c)
    {
        var number = c.Inputs.Text("omCaseNumber");
        if (number is not null && (number.Length > 40 || !number.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '/' or '.')))
            yield return new UnmetCondition("om-case-number-invalid", "The OM case number is at most 40 letters, digits, '-', '/' or '.'.");
    }

    private static IReadOnlyList<UnmetCondition> CheckOutcome(GuardContext c)
    {
        var release = c.Fact<Case>().LatestRelease;
        var problems = new List<UnmetCondition>();
        if (release is null)
            problems.Add(new UnmetCondition("not-released", "An outcome is recorded only after the data were released."));
        else if (!release.RecipientIds.Contains(c.Actor.Id))
            problems.Add(new UnmetCondition("not-a-recipient", "Only a prosecutor the data were released to records what came of it."));
        else if (release.Outcome is not null)
            problems.Add(new UnmetCondition("outcome-already-recorded", "The outcome of this release has been recorded already."));
        var outcome = c.Inputs.Text("outcome");
        if (outcome is not null && !DisclosureOutcomes.All.Contains(outcome, StringComparer.Ordinal))
            problems.Add(new UnmetCondition("unknown-outcome", $"Choose an outcome from {string.Join(", ", DisclosureOutcomes.All)}."));
        return problems;
    }
}
