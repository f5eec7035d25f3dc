namespace ObiDossier.Domain.Obi;

/// <summary>The desk's configuration keys and defaults (the README), named once (bound by <c>ObiOptions</c> in the web project).</summary>
public static class ObiSettings
{
    /// <summary>Smallest count a phenomenon report shows; smaller cells read <c>&lt; N</c>.</summary>
    public const string MinimumCellCountKey = "ObiDossier:Obi:MinimumCellCount";
    public const int DefaultMinimumCellCount = 5;

    /// <summary>
    /// A count of 1 would show every cell, and a signal then stands alone in its cell: the rule
    /// means nothing below 2. <see cref="PhenomenonFigures.Compute"/> refuses smaller values.
    /// </summary>
    public const int LowestMinimumCellCount = 2;

    /// <summary>Days after a signal is bundled, marked not-OBI or withdrawn before the reporter's contact is shredded.</summary>
    public const string ReporterRetentionDaysKey = "ObiDossier:Obi:ReporterRetentionDays";
    public const int DefaultReporterRetentionDays = 365;
}
