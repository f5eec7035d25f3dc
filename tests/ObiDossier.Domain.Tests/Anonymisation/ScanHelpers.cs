using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Cases;

namespace ObiDossier.Domain.Tests.Anonymisation;

/// <summary>Scans and reads back the matched text, so assertions read as the text a user sees.</summary>
internal static class ScanHelpers
{
    private static readonly AnonymisationScanner Scanner = new();

    public static string[] Found(string text, string kind, PersonalData? vault = null) =>
        Scanner.Scan(text, vault).Where(f => f.Kind == kind).Select(f => text.Substring(f.Start, f.Length)).ToArray();

    public static IReadOnlyList<AnonymisationFinding> Scan(string text, PersonalData? vault = null) => Scanner.Scan(text, vault);
}
