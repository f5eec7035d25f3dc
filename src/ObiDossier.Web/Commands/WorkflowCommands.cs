using ObiDossier.Domain;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Hosting;
using ObiDossier.Web.Telemetry;

namespace ObiDossier.Web.Commands;

/// <summary>
/// The command pipeline: every trigger of every workflow takes this path. Load the aggregate once,
/// decide once, fire through Stateless, apply the effects the definition names, write the history,
/// processing records, notifications and the audit entry, save once (README "Architecture").
/// Refusals are audited by <see cref="UnitOfWork"/>, the same way for every workflow.
/// </summary>
internal sealed class WorkflowCommands(UnitOfWork unit, WorkflowEngine engine, IEnumerable<IWorkflowStore> stores, LegalCalendar calendar, TimeProvider clock)
{
    private readonly Dictionary<string, IWorkflowStore> _stores = stores.ToDictionary(s => s.Workflow, StringComparer.Ordinal);

    /// <summary>The transitions staged in this unit of work (a cascade stages several), counted once it commits.</summary>
    private readonly List<(string Workflow, string Trigger, string? DisclosedUnder)> _staged = [];

    /// <summary>Fires <paramref name="trigger"/> on instance <paramref name="id"/> of <paramref name="workflow"/> and commits it, or audits the refusal.</summary>
    public async Task<CommandResult<TransitionResult>> FireAsync(string workflow, Guid id, string trigger, TriggerInputs inputs, Actor actor,
        CancellationToken ct, long? ifMatch = null, bool bySystem = false)
    {
        var store = _stores[workflow];
        var now = clock.GetUtcNow();
        var command = new CommandContext(actor, inputs, now, calendar.Today(now), bySystem, ifMatch);
        Step step;
        try
        {
            step = await RunAsync(store, id, trigger, command, ct);
        }
        catch (InstanceChangedException)
        {
            step = new Step(null, null, UnitOfWork.Conflicted(store.EntityType), Refusal(store, id, trigger, actor, null, inputs), false);
        }
        if (step.Error is not null)
        {
            _staged.Clear();
            return await unit.RefuseAsync(step.Refusal!, step.Error, ct, keepProcessing: step.Processed);
        }

        var instance = step.Instance!;
        var saved = await unit.SaveAsync(store.EntityType, ct, () => store.ChangedMeanwhileAsync(instance, ct));
        var staged = _staged.ToList();
        _staged.Clear();
        if (saved is not null) return await unit.RefuseAsync(Refusal(store, id, trigger, actor, instance, inputs), saved, ct);
        foreach (var (name, fired, disclosedUnder) in staged) ObiMetrics.Transition(name, fired, disclosedUnder: disclosedUnder);
        return step.Result!;
    }

    /// <summary>What one command did: the transition, or the refusal to audit.</summary>
    private sealed record Step(IWorkflowInstance? Instance, TransitionResult? Result, CommandError? Error, RefusalRecord? Refusal, bool Processed);

    /// <summary>Load, decide, fire, apply, stage — everything but the save, so that cascades share the unit of work.</summary>
    private async Task<Step> RunAsync(IWorkflowStore store, Guid id, string trigger, CommandContext command, CancellationToken ct)
    {
        var actor = command.Actor;
        var instance = await store.LoadAsync(id, ct);
        if (instance is null || (!command.BySystem && !store.CanSee(instance, actor)))
            return Refused(CommandError.NotFound(What(store)), null);
        if (command.IfMatch is { } expected && expected != store.Version(instance))
            return Refused(CommandError.Conflict($"The {store.EntityType} was changed by someone else: reload it."), instance);

        var context = new GuardContext(actor, command.Inputs, command.Now, instance) { Today = command.Today };
        var decision = engine.Decide(instance, trigger, context, command.BySystem, checkGuards: false);
        var processed = false;
        if (decision.Allowed)
        {
            processed = await store.PrepareAsync(instance, decision.Transition!, command, ct);
            decision = engine.Decide(instance, trigger, context, command.BySystem);
        }
        if (!decision.Allowed)
        {
            var error = decision.Refusal == Domain.Workflows.Refusal.GuardsFailed && await store.ChangedMeanwhileAsync(instance, ct)
                ? UnitOfWork.Conflicted(store.EntityType)
                : CommandError.From(decision);
            return Refused(error, instance) with { Processed = processed };
        }

        var result = engine.Fire(instance, decision);
        var texts = store.Texts(instance);
        var outcome = engine.Apply(instance, result, actor, command.Inputs, command.Now, texts);
        foreach (var cascade in outcome.Cascades)
            await CascadeAsync(cascade, command, ct);
        foreach (var processing in outcome.Processings)
            await store.RecordProcessingAsync(instance, processing, command, ct);
        var motivation = texts.Seal(Motivation(command.Inputs));
        store.Stage(instance, result, command, motivation);
        await store.NotifyAsync(instance, result, outcome.NotifiedRoles, command.Now, ct);
        unit.Audit(new AuditRecord(actor, Action(store, trigger), store.EntityType, id.ToString(), store.CaseId(instance), AuditOutcome.Succeeded, 200,
            LegalBasisCode: outcome.LegalBasisCode, Motivation: motivation, ChangedFields: ["state", .. outcome.ChangedFields]));
        _staged.Add((store.Workflow, trigger, outcome.Processings.Count > 0 ? outcome.LegalBasisCode : null));
        return new Step(instance, result, null, null, processed);

        Step Refused(CommandError error, IWorkflowInstance? loaded) =>
            new(loaded, null, error, Refusal(store, id, trigger, actor, loaded, command.Inputs), false);
    }

    /// <summary>A trigger an effect fires on another instance: in this unit of work; a refusal is audited and leaves the rest standing.</summary>
    private async Task CascadeAsync(CascadeRequest cascade, CommandContext parent, CancellationToken ct)
    {
        var store = _stores[cascade.Workflow];
        var step = await RunAsync(store, cascade.InstanceId, cascade.Trigger, parent with { Inputs = cascade.Inputs, BySystem = true, IfMatch = null }, ct);
        if (step.Error is not null) unit.AddRefusal(step.Refusal!, step.Error);
        cascade.Done(step.Error is null);
    }

    private RefusalRecord Refusal(IWorkflowStore store, Guid id, string trigger, Actor actor, IWorkflowInstance? instance, TriggerInputs inputs) =>
        new(actor, Action(store, trigger), store.EntityType, id.ToString(), instance is null ? CaseIdOf(store, id) : store.CaseId(instance),
            LegalBasisCode: instance is null ? null : store.LegalBasisInPlay(instance, inputs),
            Motivation: instance is null ? null : store.Texts(instance).Seal(inputs.Text("motivation")),
            Workflow: engine.Catalog.Latest(store.Workflow));

    /// <summary>A case's audit entries carry its id even when it was not found (the auditor searches by case).</summary>
    private static Guid? CaseIdOf(IWorkflowStore store, Guid id) => store.EntityType == "case" ? id : null;

    /// <summary>The text kept with the step (history and audit): the motivation, or the question, or the override motivation.</summary>
    private static string? Motivation(TriggerInputs inputs) =>
        inputs.Text("motivation") ?? inputs.Text("question") ?? inputs.Text("overrideMotivation");

    private static string What(IWorkflowStore store) => char.ToUpperInvariant(store.EntityType[0]) + store.EntityType[1..];

    /// <summary>The audit action of a trigger; trigger names come from the URL, so keep them to the characters triggers use.</summary>
    public static string Action(IWorkflowStore store, string trigger) =>
        $"{store.EntityType}.trigger.{(trigger.Length <= 64 && trigger.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') ? trigger : "unknown")}";
}
