using ObiDossier.Domain.Workflows;

namespace ObiDossier.Domain.Cases.Effects;

/// <summary>The effects that <c>1f-case</c> names, each in its own file named after it.</summary>
public static class CaseEffects
{
    public static IEnumerable<IWorkflowEffect> All() =>
    [
        new RecordSubmission(),
        new PlaceOnAgenda(),
        new RecordInterest(),
        new AskQuestion(),
        new RecordAnswer(),
        new ApproveAnswer(),
        new ReturnAnswer(),
        new DraftDisclosure(),
        new ReleaseDisclosure(),
        new RejectDisclosure(),
        new WithdrawDisclosure(),
        new CloseCase(),
        new DraftDemand(),
        new ReopenCase(),
        new RecordOutcome(),
    ];
}
