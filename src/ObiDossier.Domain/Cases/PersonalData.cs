namespace ObiDossier.Domain.Cases;

/// <summary>
/// The personal data of a case's data subject. Lives only in the vault (encrypted); never logged,
/// never in an exception, URL or audit entry. <see cref="ToString"/> is redacted on purpose.
/// </summary>
public sealed record PersonalData
{
    public string? FullName { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? DateOfBirth { get; init; }
    public string? PlaceOfBirth { get; init; }
    public string? Nationality { get; init; }
    public string? VNumber { get; init; }
    public IReadOnlyList<string> DocumentNumbers { get; init; } = [];
    public string? Address { get; init; }

    public override string ToString() => "PersonalData { [redacted] }";

    /// <summary>Every value, for scanners that look for this case's own data in free text.</summary>
    public IEnumerable<(string Field, string Value)> Values()
    {
        foreach (var (field, value) in Scalars())
            if (!string.IsNullOrWhiteSpace(value)) yield return (field, value);
        foreach (var alias in Aliases)
            if (!string.IsNullOrWhiteSpace(alias)) yield return (PersonalDataFields.Aliases, alias);
        foreach (var number in DocumentNumbers)
            if (!string.IsNullOrWhiteSpace(number)) yield return (PersonalDataFields.DocumentNumbers, number);
    }

    /// <summary>The names of the fields that hold a value: what a processing of these data touches.</summary>
    public IReadOnlyList<string> FieldNames() => [.. Values().Select(v => v.Field).Distinct()];

    private IEnumerable<(string, string?)> Scalars()
    {
        yield return (PersonalDataFields.FullName, FullName);
        yield return (PersonalDataFields.DateOfBirth, DateOfBirth);
        yield return (PersonalDataFields.PlaceOfBirth, PlaceOfBirth);
        yield return (PersonalDataFields.Nationality, Nationality);
        yield return (PersonalDataFields.VNumber, VNumber);
        yield return (PersonalDataFields.Address, Address);
    }
}
