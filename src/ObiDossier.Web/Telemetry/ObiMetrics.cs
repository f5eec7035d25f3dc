using System.Diagnostics;
using System.Diagnostics.Metrics;
using ObiDossier.Domain.Workflows;

namespace ObiDossier.Web.Telemetry;

/// <summary>
/// The service's own instruments (meter <c>ObiDossier</c>), called from a few places: the case and
/// session commands, the personal-data reader, the audit sealer, the job runner and the outbox.
/// Tags are bounded vocabularies only — workflow, trigger, state, reason code, job, processing
/// activity, legal-basis code — never an id, a name or anything a user typed. Without a listener
/// (no OpenTelemetry configured) recording costs next to nothing, and the backlog gauges are not
/// even measured (<see cref="AuditBacklogWanted"/>, <see cref="OutboxBacklogWanted"/>).
/// </summary>
/// <remarks>
/// Static because a meter is process-wide by nature: one service per process, and the commands
/// that record keep their constructors. The gauges report what their owner saw last.
/// </remarks>
internal static class ObiMetrics
{
    public const string MeterName = "ObiDossier";

    private static readonly Meter Meter = new(MeterName, typeof(ObiMetrics).Assembly.GetName().Version?.ToString());

    private static readonly Counter<long> Transitions = Meter.CreateCounter<long>("obidossier.transitions", "{transition}",
        "Workflow triggers fired, by workflow, trigger and outcome (succeeded or refused).");

    private static readonly Counter<long> Refusals = Meter.CreateCounter<long>("obidossier.refusals", "{refusal}",
        "Refused commands, once per distinct reason code (unmetConditions code) of the refusal.");

    private static readonly Counter<long> Disclosures = Meter.CreateCounter<long>("obidossier.disclosures", "{disclosure}",
        "Disclosures approved (personal data released to OM), by legal basis.");

    private static readonly Counter<long> PersonalDataReads = Meter.CreateCounter<long>("obidossier.personal_data.reads", "{read}",
        "Reads of a case's personal data by a person, by processing activity and role.");

    private static readonly Counter<long> JobRuns = Meter.CreateCounter<long>("obidossier.jobs.runs", "{run}",
        "Background job runs, by job and outcome (succeeded or failed).");

    private static readonly ObservableGauge<long> AuditUnsealed = Meter.CreateObservableGauge("obidossier.audit.unsealed",
        () => Volatile.Read(ref _auditUnsealed), "{entry}", "Audit entries committed but not yet sealed into the hash chain, as the sealer last saw them.");

    private static readonly ObservableGauge<double> AuditSealLag = Meter.CreateObservableGauge("obidossier.audit.seal_lag",
        () => Volatile.Read(ref _auditSealLag), "s", "Age of the oldest unsealed audit entry when the sealer last looked (0 when none waited).");

    private static readonly ObservableGauge<long> OutboxBacklog = Meter.CreateObservableGauge("obidossier.outbox.backlog",
        () => Volatile.Read(ref _outboxBacklog), "{notification}", "Notifications still waiting to be mailed after the outbox job's last run.");

    private static long _auditUnsealed;
    private static double _auditSealLag;
    private static long _outboxBacklog;

    public const string Succeeded = "succeeded";
    public const string Refused = "refused";
    public const string Failed = "failed";

    /// <summary>Whether anyone listens to the audit gauges: only then does the sealer count what waits.</summary>
    public static bool AuditBacklogWanted => AuditUnsealed.Enabled || AuditSealLag.Enabled;

    /// <summary>Whether anyone listens to the outbox gauge: only then does the outbox count what remains.</summary>
    public static bool OutboxBacklogWanted => OutboxBacklog.Enabled;

    /// <summary>A trigger that committed; an approved disclosure is counted under its legal basis too.</summary>
    /// <param name="workflow">The workflow's name.</param>
    /// <param name="trigger">A trigger of the workflow (it committed, so it is one).</param>
    /// <param name="disclosedUnder">The legal-basis code when the transition released personal data.</param>
    public static void Transition(string workflow, string trigger, string? disclosedUnder = null)
    {
        Transitions.Add(1, new TagList { { "workflow", workflow }, { "trigger", trigger }, { "outcome", Succeeded } });
        if (disclosedUnder is not null) Disclosures.Add(1, new KeyValuePair<string, object?>("legal_basis", disclosedUnder));
    }

    /// <summary>
    /// A refused command, counted once per distinct reason code. A refused trigger (audit action
    /// <c>…trigger.NAME</c>) of <paramref name="workflow"/> also counts as a refused transition; a
    /// name the workflow does not know (it came from a URL) is tagged <c>unknown</c>, so no client
    /// can mint new label values.
    /// </summary>
    public static void Refusal(string action, IEnumerable<string> reasonCodes, WorkflowDefinition? workflow = null)
    {
        var at = action.IndexOf(TriggerInfix, StringComparison.Ordinal);
        string? trigger = null;
        if (at >= 0)
        {
            trigger = action[(at + TriggerInfix.Length)..];
            if (workflow?.Trigger(trigger) is null) trigger = "unknown";
            action = action[..(at + TriggerInfix.Length)] + trigger;
        }
        foreach (var code in reasonCodes.Distinct(StringComparer.Ordinal))
            Refusals.Add(1, new TagList { { "action", action }, { "reason", code } });
        if (workflow is not null && trigger is not null)
            Transitions.Add(1, new TagList { { "workflow", workflow.Name }, { "trigger", trigger }, { "outcome", Refused } });
    }

    private const string TriggerInfix = ".trigger.";

    public static void PersonalDataRead(string activity, string role) =>
        PersonalDataReads.Add(1, new TagList { { "activity", activity }, { "role", role } });

    public static void JobRun(string job, bool succeeded) =>
        JobRuns.Add(1, new TagList { { "job", job }, { "outcome", succeeded ? Succeeded : Failed } });

    public static void AuditBacklog(long unsealed, TimeSpan oldestAge)
    {
        Volatile.Write(ref _auditUnsealed, unsealed);
        Volatile.Write(ref _auditSealLag, Math.Max(0, oldestAge.TotalSeconds));
    }

    public static void OutboxRemaining(long pending) => Volatile.Write(ref _outboxBacklog, pending);
}
