namespace ObiDossier.Domain.Obi;

/// <summary>
/// The phenomenon report workflow of DESIGN.md 9.2, named once for the definition
/// <c>workflows/obi-report.v1.json</c> that the next round writes.
/// <code>
/// Draft --submit-for-method-review[obi-analyst]--> MethodReview
/// MethodReview --return[obi-coordinator; motivation]--> Draft
/// MethodReview --approve[obi-coordinator, not the analyst who drafted it; guard analysis-clean]--> Approved
/// Approved --distribute[obi-coordinator]--> Distributed
/// </code>
/// </summary>
public static class ObiReportWorkflow
{
    public const string Name = "obi-report";

    public static class States
    {
        public const string Draft = "Draft";
        public const string MethodReview = "MethodReview";
        public const string Approved = "Approved";
        public const string Distributed = "Distributed";

        /// <summary>Partners read a report only from here on.</summary>
        public static readonly IReadOnlySet<string> VisibleToPartners = new HashSet<string>(StringComparer.Ordinal) { Distributed };
    }

    public static class Triggers
    {
        public const string SubmitForMethodReview = "submit-for-method-review";
        public const string Return = "return";
        public const string Approve = "approve";
        public const string Distribute = "distribute";
    }

    public static class Guards
    {
        /// <summary>The approving coordinator is not the analyst who drafted (or last changed) the report.</summary>
        public const string NotDrafter = "not-drafter";

        /// <summary>The analysis text holds no identifier (scanned like every text; no reporter vault applies to a report).</summary>
        public const string AnalysisClean = "analysis-clean";
    }
}
