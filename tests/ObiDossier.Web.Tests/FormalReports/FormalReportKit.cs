using System.Diagnostics;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace ObiDossier.Web.Tests.FormalReports;

/// <summary>A released case with a marker value in every personal-data field, and the PDF read back.</summary>
internal static partial class FormalReportKit
{
    /// <summary>Every field's value is distinctive, so any of them in a PDF is found.</summary>
    public static readonly Dictionary<string, string[]> Values = new(StringComparer.Ordinal)
    {
        ["fullName"] = ["Zorvan Plixtrude Quennel"],
        ["aliases"] = ["Aliasmark Wobbelrijn"],
        ["dateOfBirth"] = ["1937-11-29"],
        ["placeOfBirth"] = ["Geboortemarkdorp"],
        ["nationality"] = ["Natmarkiaans"],
        ["vNumber"] = ["8261739405"],
        ["documentNumbers"] = ["DOCMRK4471", "DOCMRK9902"],
        ["address"] = ["Adresmarkstraat 77, 9999 ZZ Nergenshoven"],
    };

    public static readonly string[] Released = ["fullName", "vNumber", "documentNumbers"];

    public static object PersonalData() => new Dictionary<string, object>
    {
        ["fullName"] = Values["fullName"][0],
        ["aliases"] = Values["aliases"],
        ["dateOfBirth"] = Values["dateOfBirth"][0],
        ["placeOfBirth"] = Values["placeOfBirth"][0],
        ["nationality"] = Values["nationality"][0],
        ["vNumber"] = Values["vNumber"][0],
        ["documentNumbers"] = Values["documentNumbers"],
        ["address"] = Values["address"][0],
    };

    /// <summary>A summary long enough for the report to run over more than one page.</summary>
    public static object Summary() => new
    {
        title = "Former commander of a detention facility",
        narrative = string.Join("\n", Enumerable.Repeat(
            "The person held a command position in a detention facility where detainees were tortured between 1994 and 1996; witnesses describe the chain of command in detail.", 14)),
        countryOfOrigin = "Fictland",
        periodFrom = "1994",
        periodTo = "1996",
        suspectedCrimes = new[] { "torture", "crimes against humanity" },
        positionHeld = "facility commander",
    };

    /// <summary>Walks the 1F path to Released, the default prosecutor having flagged interest.</summary>
    public static async Task<Guid> ReleasedCaseAsync(this ObiDossierApplication app, string[]? released = null)
    {
        var officer = app.Officer();
        var id = await officer.CreateCaseAsync(PersonalData(), Summary());
        await officer.ActOkAsync(id, "submit");
        await app.SecondOfficer().ActOkAsync(id, "approve-anonymisation");
        await app.Admin().FreezeNextSessionAsync();
        await app.Prosecutor().ActOkAsync(id, "flag-interest", new { motivation = "Fits an open investigation." });
        await officer.ActOkAsync(id, "draft-report", new { legalBasisCode = "SV-162", releasedFields = released ?? Released, motivation = "Aangifte art. 162 Sv." });
        await app.Reviewer().ActOkAsync(id, "approve-disclosure", new { motivation = "Art. 162 Sv covers identity and identifiers for OM." });
        return id;
    }

    /// <summary>The text of each page, whitespace collapsed, as a reader's copy-and-paste would give it.</summary>
    public static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => Space().Replace(string.Join(" ", p.GetWords().Select(w => w.Text)), " "))];
    }

    /// <summary>Renders the first page to PNG with poppler's pdftoppm, next to the UI screenshots.</summary>
    public static string ScreenshotFirstPage(byte[] pdf, string name)
    {
        var dir = Path.Combine(
            Environment.GetEnvironmentVariable("OBIDOSSIER_TEST_RESULTS") is { Length: > 0 } results ? results : Path.Combine(RepositoryRoot(), "TestResults"),
            "screenshots");
        Directory.CreateDirectory(dir);
        var input = Path.Combine(Path.GetTempPath(), $"obidossier-report-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(input, pdf);
        try
        {
            var prefix = Path.Combine(dir, name);
            using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", input, prefix])
                { RedirectStandardError = true })!;
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
            return prefix + ".png";
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ObiDossier.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
