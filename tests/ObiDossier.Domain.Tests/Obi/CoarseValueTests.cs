using System.Text.Json;
using ObiDossier.Domain.Obi;

namespace ObiDossier.Domain.Tests.Obi;

public sealed class CoarseValueTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static string? Code(string value) => ReportingMonth.Check(value, Today, "period", out _)?.Code;

    [Fact]
    public void A_month_is_read_and_written_as_yyyy_MM()
    {
        Assert.Null(ReportingMonth.Check("2026-03", Today, "period", out var month));
        Assert.Equal(new ReportingMonth(2026, 3), month);
        Assert.Equal("2026-03", month.ToString());
    }

    [Theory]
    [InlineData("2026-03-14")]
    [InlineData("2026-03-14T10:00:00Z")]
    [InlineData("14-03-2026")]
    [InlineData("14/3/2026")]
    [InlineData("20260314")]
    [InlineData("2026-W11")]
    [InlineData("2026W11")]
    public void A_day_or_a_week_is_too_precise(string value) => Assert.Equal("period-too-precise", Code(value));

    [Theory]
    [InlineData("2026")]
    [InlineData("2026-Q1")]
    [InlineData("2026-H2")]
    public void A_year_or_a_quarter_is_not_a_month(string value) => Assert.Equal("period-not-a-month", Code(value));

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-3")]
    [InlineData("maart 2026")]
    [InlineData("")]
    public void Anything_else_is_invalid(string value) => Assert.Equal("period-invalid", Code(value));

    [Fact]
    public void A_month_after_today_is_refused_and_the_current_month_is_not()
    {
        Assert.Null(Code("2026-11"));
        Assert.Equal("period-in-the-future", Code("2026-12"));
    }

    [Fact]
    public void A_month_is_a_json_string_and_a_day_does_not_deserialise()
    {
        Assert.Equal("\"2026-07\"", JsonSerializer.Serialize(new ReportingMonth(2026, 7)));
        Assert.Equal(new ReportingMonth(2026, 7), JsonSerializer.Deserialize<ReportingMonth>("\"2026-07\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReportingMonth>("\"2026-07-14\""));
    }

    [Theory]
    [InlineData("2026-11-30", "2026-Q3")]
    [InlineData("2026-10-01", "2026-Q3")]
    [InlineData("2026-02-10", "2025-Q4")]
    public void A_new_report_covers_the_last_ended_quarter_by_default(string today, string quarter) =>
        Assert.Equal(quarter, ReportingPeriod.DefaultFor(DateOnly.Parse(today)).Label);

    [Fact]
    public void Quarters_read_and_label_and_their_previous_is_the_quarter_before()
    {
        Assert.True(ReportingPeriod.TryParseQuarter("2026-Q1", out var q1));
        Assert.Equal(new ReportingPeriod(new ReportingMonth(2026, 1), new ReportingMonth(2026, 3)), q1);
        Assert.Equal("2025-Q4", q1!.Previous().Label);
        Assert.False(ReportingPeriod.TryParseQuarter("2026-Q5", out _));
        Assert.False(ReportingPeriod.TryParseQuarter("2026-01", out _));
    }

    [Fact]
    public void The_previous_of_a_span_of_months_has_the_same_length_just_before()
    {
        var span = new ReportingPeriod(new ReportingMonth(2026, 2), new ReportingMonth(2026, 6));
        Assert.Equal("2026-02/2026-06", span.Label);
        Assert.Equal("2025-09/2026-01", span.Previous().Label);
        Assert.Equal("2026-05", new ReportingPeriod(new ReportingMonth(2026, 5), new ReportingMonth(2026, 5)).Label);
    }

    [Fact]
    public void Periods_sharing_a_month_overlap_and_adjacent_ones_do_not()
    {
        var q3 = ReportingPeriod.Quarter(2026, 3);
        Assert.True(q3.Overlaps(new ReportingPeriod(new ReportingMonth(2026, 9), new ReportingMonth(2026, 10))));
        Assert.True(q3.Overlaps(new ReportingPeriod(new ReportingMonth(2026, 1), new ReportingMonth(2026, 12))));
        Assert.False(q3.Overlaps(ReportingPeriod.Quarter(2026, 4)));
        Assert.False(q3.Overlaps(q3.Previous()));
        Assert.Equal("period-overlaps-report", ReportingPeriod.Quarter(2026, 3).CheckOverlap([ReportingPeriod.Quarter(2026, 2), new ReportingPeriod(new ReportingMonth(2026, 8), new ReportingMonth(2026, 8))])?.Code);
        Assert.Null(ReportingPeriod.Quarter(2026, 3).CheckOverlap([ReportingPeriod.Quarter(2026, 2)]));
    }

    [Theory]
    [InlineData("2026-07", "2026-09", null)]
    [InlineData(null, null, null)]
    [InlineData("2026-07", null, "period-required")]
    [InlineData("2026-09", "2026-07", "period-order")]
    [InlineData("2025-01", "2026-02", "period-too-long")]
    [InlineData("2026-09", "2026-11", "period-not-ended")]
    [InlineData("2026-07-01", "2026-09", "period-too-precise")]
    [InlineData("2026-07", "2027-01", "period-in-the-future")]
    public void A_report_period_is_whole_ended_months_in_order(string? from, string? to, string? code)
    {
        var problems = ReportingPeriod.TryCreate(from, to, Today, out var period);
        Assert.Equal(code, (problems.Count == 0 ? null : problems[0].Code));
        Assert.Equal(code is null, period is not null);
    }

    [Theory]
    [InlineData("NL-ZH")]
    [InlineData("NL-FR")]
    public void A_province_code_is_a_region(string code) => Assert.Null(Provinces.Check(code, "signal.region"));

    [Theory]
    [InlineData("Rotterdam", "place")]
    [InlineData("Gemeente Zwolle", "place")]
    [InlineData("Kerkstraat 12", "place")]
    [InlineData("3011 AB", "postcode")]
    [InlineData("3011AB 12", "postcode")]
    [InlineData("3011", "postcode")]
    [InlineData("Zuid-Holland", "province-name")]
    [InlineData("friesland", "province-name")]
    [InlineData("nl-zh", "place")]
    public void A_town_municipality_or_postcode_is_not_a_province(string region, string kind)
    {
        var problem = Provinces.Check(region, "signal.region");
        Assert.Equal("region-not-a-province", problem?.Code);
        Assert.Equal(["signal.region", kind], problem!.Arguments.Take(2));
        Assert.DoesNotContain(region, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_province_written_out_is_pointed_to_its_code() =>
        Assert.Contains("NL-ZH", Provinces.Check("Zuid-Holland", "signal.region")!.Message);

    [Theory]
    [InlineData("IR", null)]
    [InlineData("KP", null)]
    [InlineData("XK", null)]
    [InlineData("ir", "invalid-state-actor")]
    [InlineData("IRN", "invalid-state-actor")]
    [InlineData("Iran", "invalid-state-actor")]
    [InlineData("XX", "invalid-state-actor")]
    [InlineData("QZ", "invalid-state-actor")]
    [InlineData("ZZ", "invalid-state-actor")]
    [InlineData("NL", "state-actor-is-the-netherlands")]
    public void A_state_actor_is_a_well_formed_country_code_in_or_outside_the_demo_list(string code, string? problem)
    {
        Assert.Equal(problem, StateActors.Check(code, "signal.stateActor")?.Code);
        Assert.DoesNotContain("KP", StateActors.Demo.Keys);
    }
}
