using System.Text.RegularExpressions;
using ObiDossier.Domain.Cases;

namespace ObiDossier.Web.Cases;

/// <summary>Checks case requests; messages name fields and limits, never values.</summary>
internal static partial class CaseValidation
{
    /// <summary>Adds an error for a priority that is not urgent, high or normal (none given keeps it as it is).</summary>
    public static void Priority(string? priority, Dictionary<string, string[]> errors)
    {
        if (priority is not null && !CasePriorities.IsKnown(priority))
            errors["priority"] = [$"The priority is one of {string.Join(", ", CasePriorities.All)}."];
    }

    public static Dictionary<string, string[]> Validate(SummaryDto? summary, PersonalData? personalData, bool creating)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Error(string field, string message) => errors[field] = [message];

        if (summary is null && creating) Error("summary", "The anonymised summary is required.");
        if (summary is not null)
        {
            if (string.IsNullOrWhiteSpace(summary.Title)) Error("summary.title", "A title is required.");
            Length(summary.Title, "summary.title", 200);
            Length(summary.Narrative, "summary.narrative", 20_000);
            Length(summary.CountryOfOrigin, "summary.countryOfOrigin", 100);
            Length(summary.PositionHeld, "summary.positionHeld", 200);
            Period(summary.PeriodFrom, "summary.periodFrom");
            Period(summary.PeriodTo, "summary.periodTo");
            List(summary.SuspectedCrimes, "summary.suspectedCrimes", 20, 200);
        }

        if (personalData is null && creating) Error("personalData", "The personal data are required (they are kept in the vault).");
        if (personalData is not null)
        {
            if (string.IsNullOrWhiteSpace(personalData.FullName)) Error("personalData.fullName", "The full name is required.");
            Length(personalData.FullName, "personalData.fullName", 200);
            Length(personalData.DateOfBirth, "personalData.dateOfBirth", 32);
            Length(personalData.PlaceOfBirth, "personalData.placeOfBirth", 200);
            Length(personalData.Nationality, "personalData.nationality", 100);
            Length(personalData.VNumber, "personalData.vNumber", 32);
            Length(personalData.Address, "personalData.address", 500);
            List(personalData.Aliases, "personalData.aliases", 20, 200);
            List(personalData.DocumentNumbers, "personalData.documentNumbers", 20, 64);
        }
        return errors;

        void Length(string? value, string field, int max)
        {
            if (value is null) return;
            if (value.Length > max) Error(field, $"At most {max} characters.");
            else if (value.Any(char.IsControl) && !field.EndsWith("narrative", StringComparison.Ordinal)) Error(field, "Control characters are not allowed.");
        }

        void List(IReadOnlyList<string>? values, string field, int maxItems, int maxLength)
        {
            if (values is null) return;
            if (values.Count > maxItems) Error(field, $"At most {maxItems} items.");
            else if (values.Any(v => v is null || string.IsNullOrWhiteSpace(v))) Error(field, "Items may not be empty.");
            else if (values.Any(v => v.Length > maxLength)) Error(field, $"Each item at most {maxLength} characters.");
        }

        void Period(string? value, string field)
        {
            if (value is not null && !PeriodPattern().IsMatch(value)) Error(field, "Use yyyy, yyyy-MM or yyyy-MM-dd.");
        }
    }

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
    private static partial Regex PeriodPattern();
}
