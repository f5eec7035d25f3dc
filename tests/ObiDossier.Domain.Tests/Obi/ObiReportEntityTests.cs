using ObiDossier.Domain.Obi;

namespace ObiDossier.Domain.Tests.Obi;

public sealed class ObiReportEntityTests
{
    private static ObiReportEntity Report(string from, string to) => new()
    {
        Reference = "OBI-R-2026-Q3", State = ObiReportWorkflow.States.Draft, PeriodFrom = from, PeriodTo = to, DraftedById = "analyst-1",
    };

    [Fact]
    public void A_stored_report_reads_back_its_period_and_the_one_its_trend_compares_with()
    {
        var period = Report("2026-07", "2026-09").Period();
        Assert.Equal("2026-Q3", period.Label);
        Assert.Equal("2026-Q2", period.Previous().Label);
    }

    [Fact]
    public void A_malformed_stored_period_is_an_error_not_a_guess() =>
        Assert.Throws<InvalidOperationException>(() => Report("2026-07-01", "2026-09").Period());

    [Fact]
    public void Every_author_of_a_report_is_kept_once()
    {
        var report = Report("2026-07", "2026-09");
        report.AddAuthor("analyst-1");
        report.AddAuthor("analyst-2");
        report.AddAuthor("analyst-1");
        Assert.Equal(["analyst-1", "analyst-2"], report.AuthorIds);
        Assert.Equal(ObiReportWorkflow.Name, report.WorkflowName);
    }
}
