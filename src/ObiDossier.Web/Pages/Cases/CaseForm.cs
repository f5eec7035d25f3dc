using ObiDossier.Domain.Cases;
using ObiDossier.Web.Cases;

namespace ObiDossier.Web.Pages.Cases;

/// <summary>The create/edit form: the anonymised summary and the personal data, kept apart as on the page.</summary>
internal sealed class CaseForm
{
    public SummaryForm Summary { get; set; } = new();
    public PersonalForm Personal { get; set; } = new();

    /// <summary>How pressing the case is (urgent, high, normal); validated by the command.</summary>
    public string? Priority { get; set; }

    internal sealed class SummaryForm
    {
        public string? Title { get; set; }
        public string? Narrative { get; set; }
        public string? CountryOfOrigin { get; set; }
        public string? PeriodFrom { get; set; }
        public string? PeriodTo { get; set; }
        public string? SuspectedCrimes { get; set; }
        public string? PositionHeld { get; set; }
    }

    internal sealed class PersonalForm
    {
        public string? FullName { get; set; }
        public string? Aliases { get; set; }
        public string? DateOfBirth { get; set; }
        public string? PlaceOfBirth { get; set; }
        public string? Nationality { get; set; }
        public string? VNumber { get; set; }
        public string? DocumentNumbers { get; set; }
        public string? Address { get; set; }
    }

    public SummaryDto ToSummary() => new(Blank(Summary.Title), Blank(Summary.Narrative), Blank(Summary.CountryOfOrigin), Blank(Summary.PeriodFrom),
        Blank(Summary.PeriodTo), Lines(Summary.SuspectedCrimes), Blank(Summary.PositionHeld));

    public PersonalData ToPersonalData() => new()
    {
        FullName = Blank(Personal.FullName), Aliases = Lines(Personal.Aliases), DateOfBirth = Blank(Personal.DateOfBirth),
        PlaceOfBirth = Blank(Personal.PlaceOfBirth), Nationality = Blank(Personal.Nationality), VNumber = Blank(Personal.VNumber),
        DocumentNumbers = Lines(Personal.DocumentNumbers), Address = Blank(Personal.Address),
    };

    public static CaseForm From(SummaryDto s, System.Text.Json.Nodes.JsonObject p) => new()
    {
        Summary = new SummaryForm
        {
            Title = s.Title, Narrative = s.Narrative, CountryOfOrigin = s.CountryOfOrigin, PeriodFrom = s.PeriodFrom, PeriodTo = s.PeriodTo,
            SuspectedCrimes = string.Join('\n', s.SuspectedCrimes ?? []), PositionHeld = s.PositionHeld,
        },
        Personal = new PersonalForm
        {
            FullName = Text(p, "fullName"), Aliases = Join(p, "aliases"), DateOfBirth = Text(p, "dateOfBirth"), PlaceOfBirth = Text(p, "placeOfBirth"),
            Nationality = Text(p, "nationality"), VNumber = Text(p, "vNumber"), DocumentNumbers = Join(p, "documentNumbers"), Address = Text(p, "address"),
        },
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static List<string> Lines(string? s) =>
        [.. (s ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string? Text(System.Text.Json.Nodes.JsonObject p, string name) => p[name]?.GetValue<string>();

    private static string Join(System.Text.Json.Nodes.JsonObject p, string name) =>
        p[name] is System.Text.Json.Nodes.JsonArray a ? string.Join('\n', a.Select(x => x?.GetValue<string>())) : "";
}
