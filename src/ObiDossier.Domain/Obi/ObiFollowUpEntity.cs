using System.Globalization;

namespace ObiDossier.Domain.Obi;

/// <summary>What a partner did with a distributed report (Obi/README.md): a kind from <see cref="FollowUpKinds"/> and a description.</summary>
public sealed class ObiFollowUpEntity
{
    public const int MaxDescriptionLength = 4_000;

    public Guid Id { get; set; }
    public Guid ReportId { get; set; }
    public required string Kind { get; set; }
    public required string Description { get; set; }

    /// <summary>The partner organisation (<see cref="ObiOrganisations"/>) that recorded it.</summary>
    public required string Organisation { get; set; }

    public required string RecordedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>Checks <c>POST /obi/reports/{id}/follow-ups { kind, description }</c>: a known kind and a description.</summary>
    public static IReadOnlyList<UnmetCondition> Validate(string? kind, string? description)
    {
        var problems = new List<UnmetCondition>();
        if (string.IsNullOrWhiteSpace(kind))
            problems.Add(new UnmetCondition("input-required", "'kind' is required.") { Arguments = ["kind"] });
        else if (!FollowUpKinds.IsKnown(kind))
            problems.Add(new UnmetCondition("invalid-follow-up-kind", $"'kind' must be one of {string.Join(", ", FollowUpKinds.All)}.") { Arguments = ["kind"] });
        if (string.IsNullOrWhiteSpace(description))
            problems.Add(new UnmetCondition("input-required", "'description' is required.") { Arguments = ["description"] });
        else if (description.Length > MaxDescriptionLength)
            problems.Add(new UnmetCondition("input-too-long", $"'description' is longer than {MaxDescriptionLength} characters.")
                { Arguments = ["description", MaxDescriptionLength.ToString(CultureInfo.InvariantCulture)] });
        return problems;
    }
}
