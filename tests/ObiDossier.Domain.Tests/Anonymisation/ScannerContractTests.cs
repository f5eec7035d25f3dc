using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Cases;
using static ObiDossier.Domain.Tests.Anonymisation.ScanHelpers;

namespace ObiDossier.Domain.Tests.Anonymisation;

public sealed class ScannerContractTests
{
    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    [Fact]
    public void Finding_kinds_are_stable_lowercase_strings()
    {
        Assert.Equal(
            ["vault-value", "bsn", "v-number", "document-number", "iban", "email", "phone", "postcode", "date-of-birth", "person-name"],
            FindingKinds.All);
    }

    [Fact]
    public void A_finding_never_shows_the_matched_value()
    {
        var vault = new PersonalData { FullName = "Gul Ahmad Wardak" };
        var finding = Assert.Single(Scan("Wardak werkte bij de KHAD.", vault));
        Assert.DoesNotContain("Wardak", finding.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Offsets_are_utf16_positions_in_the_original_text()
    {
        const string text = "👤 Ŝaïd 😀 geboren op 1 mei 1980, BSN 162275869.";
        var findings = Scan(text, new PersonalData { FullName = "Said Amiri" });
        Assert.Equal(["Ŝaïd", "1 mei 1980", "162275869"], findings.Select(f => text.Substring(f.Start, f.Length)));
    }

    [Fact]
    public void Overlapping_findings_become_disjoint_with_the_stronger_kind_kept()
    {
        var vault = new PersonalData { FullName = "Karimi" };
        const string text = "Kolonel Ahmed Karimi Nouri gaf de bevelen.";
        var findings = Scan(text, vault);
        Assert.Equal(
            [(FindingKinds.PersonName, "Ahmed"), (FindingKinds.VaultValue, "Karimi"), (FindingKinds.PersonName, "Nouri")],
            findings.Select(f => (f.Kind, text.Substring(f.Start, f.Length))));
        Assert.All(findings.Zip(findings.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
    }

    [Fact]
    public void Returns_nothing_for_empty_text_and_clean_text()
    {
        Assert.Empty(Scan(""));
        Assert.Empty(Scan("De IND legt artikel 1F tegen op grond van het ambtsbericht over Afghanistan van 2000."));
    }

    [Fact]
    public void One_scanner_serves_parallel_scans_with_the_same_results()
    {
        var scanner = new AnonymisationScanner();
        var vault = new PersonalData { FullName = "Mohammed Yusuf Al-Rashidi", DateOfBirth = "14-03-1961" };
        const string text = "Muhammad Youssef al-Rashidi (geb. 14 maart 1961), BSN 162275869, tel. +31 6 23456789.";
        var expected = scanner.Scan(text, vault);
        var results = new IReadOnlyList<AnonymisationFinding>[64];
        Parallel.For(0, results.Length, i => results[i] = scanner.Scan(text, vault));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Rejects_null_text_without_echoing_anything() =>
        Assert.Throws<ArgumentNullException>(() => new AnonymisationScanner().Scan(null!));

    [Fact]
    public void Serialises_a_finding_as_kind_start_and_length_only()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new AnonymisationFinding(FindingKinds.Bsn, 4, 9), WebJson);
        Assert.Equal("""{"kind":"bsn","start":4,"length":9}""", json);
    }

    [Fact]
    public void Scans_a_long_repetitive_text_finding_every_occurrence()
    {
        // How fast is the benchmark's business (`anonymisation`: scan time per kilobyte), not a
        // test's: a timed assertion fails on a busy machine and proves nothing on an idle one.
        var vault = new PersonalData { FullName = "Mohammed Yusuf Al-Rashidi" };
        var text = string.Concat(Enumerable.Repeat("Mohammed en de heer Karimi, geboren 1-1-1970. ", 2000));

        var findings = Scan(text, vault);

        Assert.Equal(6000, findings.Count);
    }

    [Fact]
    public void Accepts_a_very_long_vault_value()
    {
        var vault = new PersonalData { Address = new string('x', 5000) + " 12" };
        Assert.Empty(Scan("Geen adres in deze tekst.", vault));
    }
}

