using System.Globalization;
using Microsoft.Extensions.Localization;
using ObiDossier.Domain;

namespace ObiDossier.Web.WebUi;

/// <summary>
/// An unmet condition in Dutch, from <c>UiText.resx</c>: <c>Condition.{code}</c> names it,
/// <c>ConditionText.{code}</c> (a format string over the condition's <see cref="UnmetCondition.Arguments"/>)
/// gives the particulars. The API keeps its codes and English messages; a code without a Dutch
/// text (a condition added later) falls back to the English message.
/// </summary>
internal static class ConditionTexts
{
    /// <summary>The Dutch title, the Dutch particulars (or none), or null when the code has no Dutch text at all.</summary>
    public static (string Title, string? Detail)? Dutch(IStringLocalizer t, UnmetCondition condition)
    {
        var title = t[$"Condition.{condition.Code}"];
        if (title.ResourceNotFound) return null;
        var detail = t[$"ConditionText.{condition.Code}{(condition.Arguments.Any(string.IsNullOrEmpty) ? ".Empty" : "")}"];
        if (detail.ResourceNotFound) return (title, null);
        var arguments = condition.Arguments.Select(a => (object)Vocabulary(t, a)).ToArray();
        try
        {
            return (title, string.Format(CultureInfo.InvariantCulture, detail, arguments));
        }
        catch (FormatException)
        {
            return (title, null); // fewer particulars than the text expects: the title says enough
        }
    }

    /// <summary>Field, category, role and input names in Dutch; a list of them item by item; anything else (codes, dates) as it is.</summary>
    private static string Vocabulary(IStringLocalizer t, string value) =>
        string.Join(", ", value.Split(", ").Select(item =>
            new[] { $"Field.{item}", $"Category.{item}", $"Role.{item}", $"Input.{item}" }.Select(key => t[key]).FirstOrDefault(s => !s.ResourceNotFound)?.Value ?? item));
}
