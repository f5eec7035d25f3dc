using ObiDossier.Domain.Obi;

namespace ObiDossier.Domain.Tests.Obi;

public sealed class SignalValidationTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    internal static readonly AnonymisedSignal Valid = new()
    {
        StateActor = "IR",
        Conduct = Conducts.PressureViaFamily,
        Instrument = Instruments.Both,
        Target = Targets.Individual,
        Community = "Iraanse diaspora",
        Region = "NL-ZH",
        Period = "2026-09",
        Effect = "zelfcensuur",
        Narrative = "Melder werd na een demonstratie gebeld door iemand die familieleden in het land van herkomst noemde.",
        ReferredToPolice = false,
    };

    private static string[] Codes(AnonymisedSignal signal) => [.. SignalValidation.Validate(signal, Today).Select(p => p.Code)];

    [Fact]
    public void A_complete_signal_is_valid() => Assert.Empty(Codes(Valid));

    [Fact]
    public void Community_region_and_effect_may_be_left_out() =>
        Assert.Empty(Codes(Valid with { Community = null, Region = null, Effect = null }));

    [Fact]
    public void No_signal_at_all_is_required() =>
        Assert.Equal("input-required", Assert.Single(SignalValidation.Validate(null, Today)).Code);

    [Theory]
    [InlineData("stateActor")]
    [InlineData("conduct")]
    [InlineData("instrument")]
    [InlineData("target")]
    [InlineData("period")]
    [InlineData("narrative")]
    [InlineData("referredToPolice")]
    public void Each_required_field_left_out_is_named(string field)
    {
        var signal = field switch
        {
            "stateActor" => Valid with { StateActor = null },
            "conduct" => Valid with { Conduct = " " },
            "instrument" => Valid with { Instrument = null },
            "target" => Valid with { Target = "" },
            "period" => Valid with { Period = null },
            "narrative" => Valid with { Narrative = "  " },
            _ => Valid with { ReferredToPolice = null },
        };
        var problem = Assert.Single(SignalValidation.Validate(signal, Today));
        Assert.Equal("input-required", problem.Code);
        Assert.Equal("signal." + field, problem.Arguments[0]);
    }

    [Fact]
    public void Codes_outside_the_lists_are_refused_each_with_its_own_code()
    {
        var signal = Valid with { Conduct = "bribery", Instrument = "letter", Target = "family", StateActor = "Iran" };
        Assert.Equal(["invalid-state-actor", "invalid-conduct", "invalid-instrument", "invalid-target"], Codes(signal));
    }

    [Fact]
    public void A_day_a_town_and_the_netherlands_are_refused_inside_a_signal()
    {
        var signal = Valid with { Period = "2026-09-14", Region = "Den Haag", StateActor = "NL" };
        Assert.Equal(["state-actor-is-the-netherlands", "period-too-precise", "region-not-a-province"], Codes(signal));
        Assert.Equal("period-in-the-future", Assert.Single(Codes(Valid with { Period = "2027-01" })));
    }

    [Fact]
    public void Messages_name_the_field_but_never_repeat_what_was_typed()
    {
        const string marker = "Fatemeh Karimi-Zadeh, Lange Voorhout 9";
        var signal = Valid with { Region = marker, Period = marker, StateActor = marker, Conduct = marker, Community = marker + new string('x', 200) };
        var problems = SignalValidation.Validate(signal, Today);
        Assert.Equal(5, problems.Count);
        Assert.All(problems, p =>
        {
            Assert.DoesNotContain("Karimi", p.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Voorhout", p.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(p.Arguments, a => a.Contains("Karimi", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Short_texts_are_bounded_and_single_line_while_the_narrative_may_have_lines()
    {
        Assert.Equal(["input-too-long"], Codes(Valid with { Community = new string('a', SignalValidation.MaxCommunityLength + 1) }));
        Assert.Equal(["input-too-long"], Codes(Valid with { Narrative = new string('a', SignalValidation.MaxNarrativeLength + 1) }));
        Assert.Equal(["input-control-characters"], Codes(Valid with { Effect = "zelf\ncensuur" }));
        Assert.Empty(Codes(Valid with { Narrative = "Eerste regel.\nTweede regel." }));
    }

    [Fact]
    public void Every_free_text_field_is_handed_to_the_scanner()
    {
        Assert.Equal(["narrative", "community", "effect"], Valid.ScannedTexts().Select(t => t.Field));
        Assert.Equal(["narrative"], (Valid with { Community = null, Effect = "" }).ScannedTexts().Select(t => t.Field));
    }

    [Fact]
    public void A_stored_signal_gives_back_its_anonymised_fields_and_what_is_counted()
    {
        var stored = new ObiSignalEntity
        {
            Reference = "OBI-2026-000001", State = ObiSignalWorkflow.States.Shared, IntakeOrganisation = ObiOrganisations.Politie, AuthorId = "intake-1",
            StateActor = "IR", Conduct = Conducts.PressureViaFamily, Instrument = Instruments.Both, Target = Targets.Individual, Community = Valid.Community,
            Region = "NL-ZH", Period = "2026-09", Effect = Valid.Effect, Narrative = Valid.Narrative!, ReferredToPolice = false,
        };
        Assert.Equal(Valid, stored.ToAnonymised());
        Assert.Equal(new CountedSignal("IR", Conducts.PressureViaFamily, Targets.Individual, Instruments.Both), stored.Counted());
    }

    [Fact]
    public void The_reporter_is_shredded_a_retention_period_after_the_signal_closes()
    {
        var closed = new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.Zero);
        var signal = new ObiSignalEntity
        {
            Reference = "OBI-2026-000002", State = ObiSignalWorkflow.States.Shared, IntakeOrganisation = ObiOrganisations.Bz, AuthorId = "intake-1",
            StateActor = "CN", Conduct = Conducts.Surveillance, Instrument = Instruments.Online, Target = Targets.Community, Period = "2026-08",
            Narrative = "Een vereniging merkte dat bijeenkomsten werden gefilmd.",
        };
        Assert.Null(signal.ReporterShredDueAt(365));
        signal.State = ObiSignalWorkflow.States.Bundled;
        signal.ClosedAt = closed;
        Assert.Equal(closed.AddDays(365), signal.ReporterShredDueAt(365));
        signal.ReporterShreddedAt = closed.AddDays(365);
        Assert.Null(signal.ReporterShredDueAt(365));
    }

    [Fact]
    public void Every_author_of_a_signal_is_kept_once()
    {
        var signal = new ObiSignalEntity
        {
            Reference = "OBI-2026-000003", State = ObiSignalWorkflow.States.Received, IntakeOrganisation = ObiOrganisations.Aivd, AuthorId = "intake-1",
            StateActor = "RU", Conduct = Conducts.CoOptation, Instrument = Instruments.Physical, Target = Targets.Organisation, Period = "2026-07",
            Narrative = "Een bestuurder werd een betaalde functie aangeboden.",
        };
        signal.AddAuthor("intake-1");
        signal.AddAuthor("intake-2");
        signal.AddAuthor("intake-1");
        Assert.Equal(["intake-1", "intake-2"], signal.AuthorIds);
    }

    [Theory]
    [InlineData("diplomatic-step", "Demarche bij de ambassade.", null)]
    [InlineData("sanction", "Iets.", "invalid-follow-up-kind")]
    [InlineData("other", " ", "input-required")]
    public void A_follow_up_has_a_listed_kind_and_a_description(string kind, string description, string? code) =>
        Assert.Equal(code, ObiFollowUpEntity.Validate(kind, description) is [var first, ..] ? first.Code : null);
}
