using ObiDossier.Domain.Obi;

namespace ObiDossier.Web.Obi;

/// <summary>The <c>ObiDossier:Obi</c> section (README, "The OBI signal desk"): bound and checked at start-up.</summary>
public sealed class ObiOptions
{
    public const string Section = "ObiDossier:Obi";

    /// <summary><see cref="ObiSettings.MinimumCellCountKey"/>: smaller cells read <c>&lt; N</c>.</summary>
    public int MinimumCellCount { get; set; } = ObiSettings.DefaultMinimumCellCount;

    /// <summary><see cref="ObiSettings.ReporterRetentionDaysKey"/>: days after a signal closed before its reporter's contact is shredded.</summary>
    public int ReporterRetentionDays { get; set; } = ObiSettings.DefaultReporterRetentionDays;

    /// <summary>A minimum above this would hide every cell of any plausible report; it is a typo, not a policy.</summary>
    public const int HighestMinimumCellCount = 100;

    /// <summary>Ten years: longer is no retention period at all.</summary>
    public const int HighestReporterRetentionDays = 3650;

    /// <summary>Every configuration fault, each naming its key; empty when valid.</summary>
    public IReadOnlyList<string> Faults()
    {
        var faults = new List<string>();
        if (MinimumCellCount is < ObiSettings.LowestMinimumCellCount or > HighestMinimumCellCount)
            faults.Add($"{ObiSettings.MinimumCellCountKey} must be between {ObiSettings.LowestMinimumCellCount} and {HighestMinimumCellCount}.");
        if (ReporterRetentionDays is < 1 or > HighestReporterRetentionDays)
            faults.Add($"{ObiSettings.ReporterRetentionDaysKey} must be between 1 and {HighestReporterRetentionDays}.");
        return faults;
    }
}
