namespace ObiDossier.Domain.Obi;

/// <summary>
/// The signal workflow of Obi/README.md, named once for the definition <c>workflows/obi-signal.v1.json</c>
/// (guards in <see cref="ObiGuards"/>, effects in <c>Obi/Effects</c>).
/// <code>
/// Received --submit[obi-intake; guard signal-anonymisation-clean]--> AnonymisationReview
/// AnonymisationReview --approve-anonymisation[obi-intake; guards same-organisation, not-signal-author]--> Shared
/// AnonymisationReview --reject-anonymisation[obi-intake; motivation]--> Received
/// Shared --mark-not-obi[obi-analyst; motivation]--> NotObi
/// Shared --bundle[system, on approval of the report]--> Bundled
/// Received|AnonymisationReview|Shared --withdraw[obi-intake; motivation]--> Withdrawn
/// </code>
/// </summary>
public static class ObiSignalWorkflow
{
    public const string Name = "obi-signal";

    public static class States
    {
        public const string Received = "Received";
        public const string AnonymisationReview = "AnonymisationReview";
        public const string Shared = "Shared";
        public const string NotObi = "NotObi";
        public const string Bundled = "Bundled";
        public const string Withdrawn = "Withdrawn";

        /// <summary>States after which nothing changes; the reporter retention runs from reaching one.</summary>
        public static readonly IReadOnlySet<string> Final = new HashSet<string>(StringComparer.Ordinal) { NotObi, Bundled, Withdrawn };

        /// <summary>States in which analysts see the signal (never before a second intake officer approved it).</summary>
        public static readonly IReadOnlySet<string> VisibleToAnalysts = new HashSet<string>(StringComparer.Ordinal) { Shared, NotObi, Bundled };
    }

    public static class Triggers
    {
        public const string Submit = "submit";
        public const string ApproveAnonymisation = "approve-anonymisation";
        public const string RejectAnonymisation = "reject-anonymisation";
        public const string MarkNotObi = "mark-not-obi";
        public const string Withdraw = "withdraw";

        /// <summary>
        /// Fired by the system when a report holding the signal is approved. Obi/README.md draws it as
        /// "(bundled into a phenomenon report)" without a name; this is the name, not offered to users.
        /// </summary>
        public const string Bundle = "bundle";
    }

    /// <summary>
    /// The guards the definition names (their checks: <see cref="ObiGuards"/>).
    /// Guard names are global in the engine's registry and 1F's <c>anonymisation-clean</c> and
    /// <c>not-author</c> read a 1F case, so the signal's own guards have their own names (Obi/README.md
    /// 9.1's "anonymisation-clean" is <see cref="AnonymisationClean"/> here).
    /// </summary>
    public static class Guards
    {
        /// <summary>No reporter value (never overridable) and no other identifier unless overridden with a motivation (<see cref="SignalAnonymisation"/>).</summary>
        public const string AnonymisationClean = "signal-anonymisation-clean";

        /// <summary>The approving intake officer belongs to the signal's intake organisation.</summary>
        public const string SameOrganisation = "same-organisation";

        /// <summary>The approving intake officer neither wrote, changed nor submitted the signal.</summary>
        public const string NotAuthor = "not-signal-author";
    }
}
