using System.Text.Json;
using System.Text.RegularExpressions;
using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Cases;

namespace ObiDossier.Domain.Tests.Anonymisation.Corpus;

/// <summary>
/// One labelled text of the evaluation corpus. In the JSON files the expected findings are marked
/// inline as <c>[[kind|value]]</c>, which keeps the texts readable and the offsets correct; the
/// loader strips the markers and computes the UTF-16 spans. Shared with the benchmark project.
/// </summary>
public sealed record CorpusText(string Id, string Text, PersonalData? Vault, IReadOnlyList<AnonymisationFinding> Expected)
{
    private static readonly Regex Marker = new(@"\[\[(?<kind>[a-z\-]+)\|(?<value>.*?)\]\]", RegexOptions.CultureInvariant);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The folder holding the corpus JSON files, found from the test output or the repository.</summary>
    public static string DefaultFolder()
    {
        var output = Path.Combine(AppContext.BaseDirectory, "Anonymisation", "Corpus");
        if (Directory.Exists(output) && Directory.EnumerateFiles(output, "*.json").Any()) return output;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "ObiDossier.Domain.Tests", "Anonymisation", "Corpus");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("The anonymisation corpus folder was not found.");
    }

    public static IReadOnlyList<CorpusText> LoadAll(string? folder = null)
    {
        var texts = new List<CorpusText>();
        foreach (var file in Directory.EnumerateFiles(folder ?? DefaultFolder(), "*.json").Order(StringComparer.Ordinal))
        {
            var entries = JsonSerializer.Deserialize<List<Entry>>(File.ReadAllText(file), Json)
                ?? throw new InvalidDataException($"{Path.GetFileName(file)} holds no texts.");
            texts.AddRange(entries.Select(e => Parse(e.Id, e.Text, e.Vault)));
        }
        return texts;
    }

    public static CorpusText Parse(string id, string marked, PersonalData? vault)
    {
        var expected = new List<AnonymisationFinding>();
        var text = new System.Text.StringBuilder(marked.Length);
        var at = 0;
        foreach (Match m in Marker.Matches(marked))
        {
            text.Append(marked, at, m.Index - at);
            var value = m.Groups["value"].Value;
            if (!FindingKinds.All.Contains(m.Groups["kind"].Value))
                throw new InvalidDataException($"{id}: unknown kind '{m.Groups["kind"].Value}'.");
            expected.Add(new AnonymisationFinding(m.Groups["kind"].Value, text.Length, value.Length));
            text.Append(value);
            at = m.Index + m.Length;
        }
        text.Append(marked, at, marked.Length - at);
        return new CorpusText(id, text.ToString(), vault, expected);
    }

    private sealed record Entry(string Id, string Text, PersonalData? Vault);
}
