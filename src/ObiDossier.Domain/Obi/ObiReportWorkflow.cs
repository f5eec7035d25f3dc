namespace ObiDossier.Domain.Obi;

/// <summary>
/// The phenomenon report workflow of Obi/README.md, named once for the definition
/// <c>workflows/obi-report.v1.json</c> (guards in <see cref="ObiGuards"/>, effects in <c>Obi/Effects</c>).
/// <code>
/// Draft --submit-for-method-review[obi-analyst]--> MethodReview
/// MethodReview --return[obi-coordinator; motivation]--> Draft
/// MethodReview --approve[obi-coordinator; guards not-report-author, analysis-clean]--> Approved
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

    /// <summary>The guards the definition names (global names in the engine's registry, so none is a 1F one).</summary>
    public static class Guards
    {
        /// <summary>The approving coordinator is none of those who opened, changed or submitted the report.</summary>
        public const string NotAuthor = "not-report-author";

        /// <summary>The analysis text holds no identifier (scanned like every text; no reporter vault applies to a report).</summary>
        public const string AnalysisClean = "analysis-clean";
    }
}
