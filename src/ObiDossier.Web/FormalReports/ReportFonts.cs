using System.Reflection;
using PdfSharp.Fonts;

namespace ObiDossier.Web.FormalReports;

/// <summary>
/// The one typeface of the formal report: DejaVu Sans (regular and bold), embedded in this
/// assembly with its licence (Fonts/LICENSE). The Rijkshuisstijl faces may not be shipped, and on
/// Linux PDFsharp finds no system font by itself, so every family the report (or PDFsharp's own
/// signature appearance) asks for resolves to these files.
/// </summary>
internal sealed class ReportFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();

    /// <summary>Installs the resolver once per process; PDFsharp allows it to be set only once, before any font is used.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is ReportFonts) return;
            GlobalFontSettings.FontResolver = new ReportFonts();
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        // No italic face is shipped: PDFsharp simulates the slant.
        new(bold ? Bold : Regular, false, italic);

    public byte[] GetFont(string faceName)
    {
        var name = $"{typeof(ReportFonts).Namespace}.Fonts.{(faceName == Bold ? Bold : Regular)}.ttf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font '{name}' is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
