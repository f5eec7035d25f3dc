using ObiDossier.Domain.Workflows;
using ObiDossier.Web.Cases;

namespace ObiDossier.Web.WebUi;

/// <summary>Reads exactly a trigger's declared inputs from a posted form; anything else in the form is ignored.</summary>
internal static class FormInputs
{
    public static TriggerInputs Read(IFormCollection form, IEnumerable<ActionInputDto> inputs)
    {
        var values = new List<(string, object?)>();
        foreach (var input in inputs)
        {
            if (input.Type == "string-list")
            {
                var list = form[input.Name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToArray();
                values.Add((input.Name, list.Length == 0 ? null : list));
            }
            else
            {
                var text = form[input.Name].ToString();
                values.Add((input.Name, string.IsNullOrWhiteSpace(text) ? null : text.Trim()));
            }
        }
        return TriggerInputs.Of([.. values]);
    }

    /// <summary>The version the form was rendered for, so that a concurrent change is a conflict rather than a surprise.</summary>
    public static long? Version(IFormCollection form) => long.TryParse(form["version"], out var v) ? v : null;
}
