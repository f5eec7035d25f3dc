using ObiDossier.Domain.Cases;
using ObiDossier.Web.Cases;

namespace ObiDossier.Web.WebUi;

/// <summary>
/// The fixed set of values an input of a trigger takes, if it has one, and the resource prefix of
/// their Dutch labels. Read from the input's type and name as the workflow declares them, not per
/// trigger: every list of personal-data fields (<c>releasedFields</c>, <c>requestedFields</c>, a
/// later one named the same way) is a group of checkboxes, the outcome of a release a group of
/// radio buttons. An input without choices is typed: a list one value per line.
/// </summary>
internal sealed record InputChoices(IReadOnlyList<string> Values, string LabelPrefix)
{
    private static readonly InputChoices Fields = new([.. PersonalDataFields.All], "Field");
    private static readonly InputChoices Outcomes = new(DisclosureOutcomes.All, "Outcome");

    public static InputChoices? For(ActionInputDto input) => input.Type switch
    {
        "string-list" when input.Name.EndsWith("Fields", StringComparison.Ordinal) => Fields,
        "string" when input.Name == "outcome" => Outcomes,
        _ => null,
    };
}

/// <summary>The inputs of one trigger's form, with what was posted when the form comes back refused (so nothing typed is lost).</summary>
internal sealed record InputsForm(IReadOnlyList<ActionInputDto> Inputs, IFormCollection? Posted)
{
    /// <summary>The posted items of a list input, or the posted text of any other input, for the form shown again.</summary>
    public IReadOnlyList<string> PostedValues(ActionInputDto input) =>
        Posted is null ? [] : input.Type == "string-list" ? FormInputs.Items(Posted[input.Name]) : [Posted[input.Name].ToString()];
}
