using ObiDossier.Domain.Cases;

namespace ObiDossier.Domain.Disclosures;

/// <summary>Data minimisation: the released fields must be chosen, one by one, from the known fields.</summary>
internal static class ReleasedFieldCheck
{
    /// <summary>Adds the field conditions and returns the known released fields, deduplicated, in order.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyCollection<string> released, List<UnmetCondition> unmet)
    {
        if (released.Count == 0)
        {
            unmet.Add(new(DisclosureConditions.NoFieldsReleased,
                "No personal-data fields are chosen for release; choose each field the disclosure needs."));
            return [];
        }

        var known = new List<string>();
        var position = 0;
        foreach (var field in released)
        {
            position++;
            if (field is not null && PersonalDataFields.IsKnown(field))
            {
                if (!known.Contains(field, StringComparer.Ordinal)) known.Add(field);
                continue;
            }

            // The unknown name is not echoed: it is free input and might hold a value instead of a name.
            unmet.Add(new(DisclosureConditions.UnknownField,
                $"Released field #{position} is not a personal-data field; known fields are: {string.Join(", ", PersonalDataFields.All)}.")
            { Arguments = [position.ToString(System.Globalization.CultureInfo.InvariantCulture)] });
        }

        return known;
    }
}
