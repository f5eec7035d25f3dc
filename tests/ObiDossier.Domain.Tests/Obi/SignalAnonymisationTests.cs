using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Obi;

namespace ObiDossier.Domain.Tests.Obi;

public sealed class SignalAnonymisationTests
{
    private static readonly AnonymisationScanner Scanner = new();
    private static readonly ReporterContact Reporter = new() { Name = "Shirin Rahimi-Tehrani", Phone = "06-48217735" };

    private static IReadOnlyList<UnmetCondition> Check(AnonymisedSignal signal, string? motivation = null) =>
        SignalAnonymisation.Check(SignalAnonymisation.Scan(Scanner, signal, Reporter), motivation);

    [Fact]
    public void A_clean_signal_passes() => Assert.Empty(Check(SignalValidationTests.Valid));

    [Fact]
    public void The_reporters_name_in_the_narrative_is_refused_even_with_a_motivation()
    {
        var signal = SignalValidationTests.Valid with { Narrative = "Mevrouw Rahimi-Tehrani werd na de demonstratie gebeld." };
        foreach (var motivation in new[] { null, "Het is een publiek figuur." })
        {
            var problem = Assert.Single(Check(signal, motivation));
            Assert.Equal("anonymisation-vault-value", problem.Code);
            Assert.Equal(["vault-value", "narrative"], problem.Arguments.Take(2));
            Assert.DoesNotContain("Rahimi", problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_reporters_phone_typed_into_the_community_field_is_refused()
    {
        var signal = SignalValidationTests.Valid with { Community = "bereikbaar via 06 48217735" };
        Assert.Equal([("anonymisation-vault-value", "community")], Check(signal).Select(p => (p.Code, p.Arguments[1])));
    }

    [Fact]
    public void Another_identifier_is_refused_unless_overridden_with_a_motivation()
    {
        var signal = SignalValidationTests.Valid with { Effect = "mailt nu via info@voorbeeldvereniging.nl" };
        Assert.Equal(["anonymisation-finding"], Check(signal).Select(p => p.Code));
        Assert.Empty(Check(signal, "Het adres van een vereniging, geen persoon."));
        Assert.Equal(["anonymisation-finding"], Check(signal, "  ").Select(p => p.Code));
    }
}
