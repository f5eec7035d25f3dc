using Microsoft.Extensions.Primitives;
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
                var list = Items(form[input.Name]);
                values.Add((input.Name, list.Count == 0 ? null : list.ToArray()));
            }
            else
            {
                var text = form[input.Name].ToString();
                values.Add((input.Name, string.IsNullOrWhiteSpace(text) ? null : text.Trim()));
            }
        }
        return TriggerInputs.Of([.. values]);
    }

    /// <summary>
    /// The items of a list input: a group of checkboxes posts one value per ticked box, a text area
    /// one value per line; blank items are dropped, the pipeline judges the rest.
    /// </summary>
    public static IReadOnlyList<string> Items(StringValues posted) =>
        [.. posted.SelectMany(v => (v ?? "").Split('\n')).Select(v => v.Trim()).Where(v => v.Length > 0)];

    /// <summary>The version the form was rendered for, so that a concurrent change is a conflict rather than a surprise.</summary>
    public static long? Version(IFormCollection form) => long.TryParse(form["version"], out var v) ? v : null;
}
