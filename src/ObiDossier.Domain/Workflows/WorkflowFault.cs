namespace ObiDossier.Domain.Workflows;

/// <summary>One fault in a workflow definition: the file, the place in it (a JSON pointer or line) and what is wrong.</summary>
public sealed record WorkflowFault(string File, string Place, string Message)
{
    public override string ToString() => $"{File}: {Place}: {Message}";
}

/// <summary>Thrown when the host starts on an invalid set of definitions; lists every fault.</summary>
public sealed class InvalidWorkflowDefinitionsException(IReadOnlyList<WorkflowFault> faults)
    : Exception("Invalid workflow definitions:" + Environment.NewLine + string.Join(Environment.NewLine, faults.Select(f => "  " + f)))
{
    public IReadOnlyList<WorkflowFault> Faults { get; } = faults;
}
