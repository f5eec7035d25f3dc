using ObiDossier.Domain;
using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Obi;
using ObiDossier.Web.Cli;

namespace ObiDossier.Web.Tests.Cli;

public sealed class DemoSignalsTests
{
    private static readonly ReportingMonth Current = new(2026, 11);

    [Fact]
    public void The_demo_year_is_the_same_on_every_run()
    {
        var a = DemoSignals.Year(Current);
        var b = DemoSignals.Year(Current);

        Assert.Equal(a.Select(s => (s.Organisation, s.Signal, s.Reporter.Name, s.Fate)), b.Select(s => (s.Organisation, s.Signal, s.Reporter.Name, s.Fate)));
    }

    [Fact]
    public void The_demo_year_spreads_over_every_organisation_many_state_actors_conducts_provinces_and_twelve_months()
    {
        var signals = DemoSignals.Year(Current);

        Assert.Equal(6, signals.Select(s => s.Organisation).Distinct().Count());
        Assert.True(signals.Select(s => s.Signal.StateActor).Distinct().Count() >= 6);
        Assert.Equal(Conducts.All.Order(), signals.Select(s => s.Signal.Conduct!).Distinct().Order());
        Assert.True(signals.Select(s => s.Signal.Region).Distinct().Count() >= 10);
        Assert.Equal(12, signals.Select(s => s.Signal.Period).Distinct().Count());
        Assert.All(signals, s => Assert.True(ReportingMonth.TryParse(s.Signal.Period, out var m) && m < Current));
        Assert.Contains(signals, s => s.Fate == DemoSignalFate.Withdrawn);
        Assert.Contains(signals, s => s.Fate == DemoSignalFate.NotObi);
        Assert.Contains(signals, s => s.Fate == DemoSignalFate.InReview);
    }

    [Fact]
    public void Every_demo_signal_is_valid_and_passes_the_anonymisation_guard_without_an_override()
    {
        var scanner = new AnonymisationScanner();
        var today = new DateOnly(2026, 11, 15);
        foreach (var s in DemoSignals.Year(Current))
        {
            Assert.Empty(SignalAnonymisation.Check(SignalAnonymisation.Scan(scanner, s.Signal, s.Reporter), overrideMotivation: null));
            Assert.Empty(SignalValidation.Validate(s.Signal, today));
        }
    }
}
