using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Obi;

namespace ObiDossier.Domain.Tests.Obi;

public sealed class ReporterContactTests
{
    private static readonly AnonymisationScanner Scanner = new();

    private static readonly ReporterContact Reporter = new()
    {
        Name = "Shirin Rahimi-Tehrani",
        Phone = "+31 6 4821 7735",
        Email = "shirin.rahimi84@example.org",
    };

    private static string[] VaultValues(string text, ReporterContact reporter) =>
        [.. Scanner.Scan(text, reporter.ToScannerVault()).Where(f => f.Kind == FindingKinds.VaultValue).Select(f => text.Substring(f.Start, f.Length))];

    [Fact]
    public void A_name_and_a_phone_or_an_email_are_a_valid_contact()
    {
        Assert.Empty(ReporterContactValidation.Validate(Reporter));
        Assert.Empty(ReporterContactValidation.Validate(Reporter with { Email = null }));
        Assert.Empty(ReporterContactValidation.Validate(Reporter with { Phone = null }));
    }

    [Fact]
    public void Without_a_way_to_call_back_or_a_name_the_contact_is_refused()
    {
        Assert.Equal(["reporter-contact-required"], ReporterContactValidation.Validate(Reporter with { Phone = " ", Email = null }).Select(p => p.Code));
        Assert.Equal(["input-required"], ReporterContactValidation.Validate(Reporter with { Name = null }).Select(p => p.Code));
        Assert.Equal(["input-required"], ReporterContactValidation.Validate(null).Select(p => p.Code));
    }

    [Theory]
    [InlineData("06-48217735", null, null)]
    [InlineData("+31 (0)6 4821 7735", null, null)]
    [InlineData("bel me", null, "invalid-phone")]
    [InlineData("12345", null, "invalid-phone")]
    [InlineData(null, "geen adres", "invalid-email")]
    [InlineData(null, "a@b", "invalid-email")]
    public void Phone_and_email_must_have_their_form(string? phone, string? email, string? code)
    {
        var problems = ReporterContactValidation.Validate(Reporter with { Phone = phone, Email = email });
        Assert.Equal(code, (problems.Count == 0 ? null : problems[0].Code));
        Assert.All(problems, p => Assert.DoesNotContain("bel me", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_contact_never_prints_itself()
    {
        Assert.DoesNotContain("Rahimi", Reporter.ToString(), StringComparison.Ordinal);
        Assert.Equal(["name", "phone", "email"], Reporter.FieldNames());
    }

    [Theory]
    [InlineData("Melder Shirin Rahimi-Tehrani werd gebeld.", "Shirin Rahimi-Tehrani")]
    [InlineData("Volgens Rahimi was het een dreigement.", "Rahimi")]
    [InlineData("Mevrouw S. Rahimi-Tehrani meldde het.", "S. Rahimi-Tehrani")]
    [InlineData("Sjirien werd benaderd.", "Sjirien")]
    public void The_reporters_name_in_a_narrative_is_a_vault_value(string text, string found) =>
        Assert.Equal([found], VaultValues(text, Reporter));

    [Theory]
    [InlineData("Terugbellen op 06-48217735 graag.", "06-48217735")]
    [InlineData("Terugbellen op +31 6 4821 7735 graag.", "31 6 4821 7735")]
    [InlineData("Terugbellen op 0031 6 48217735 graag.", "0031 6 48217735")]
    [InlineData("Terugbellen op +31 (0)6 48217735 graag.", "6 48217735")]
    public void The_reporters_phone_in_any_usual_form_is_a_vault_value(string text, string found) =>
        Assert.Contains(VaultValues(text, Reporter), v => v.Contains(found, StringComparison.Ordinal) || found.Contains(v, StringComparison.Ordinal));

    [Fact]
    public void A_distinctive_email_user_name_is_a_vault_value_and_a_short_one_is_not()
    {
        Assert.Contains("shirin.rahimi84", VaultValues("Mail naar shirin.rahimi84@example.org.", Reporter));
        var generic = new ReporterContact { Name = "Shirin Rahimi", Email = "info@example.org" };
        Assert.Empty(VaultValues("Er kwam meer info over de bijeenkomst.", generic));
    }

    [Fact]
    public void Another_persons_name_is_not_a_vault_value()
    {
        Assert.Empty(VaultValues("Een medewerker van de ambassade belde.", Reporter));
    }
}
