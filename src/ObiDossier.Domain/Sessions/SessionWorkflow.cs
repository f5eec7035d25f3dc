namespace ObiDossier.Domain.Sessions;

/// <summary>
/// The consultation session workflow. The names of <c>workflows/consultation-session.v1.json</c> (and earlier versions), written once: code
/// refers to states and triggers through these constants, and a test checks them against the JSON.
/// </summary>
public static class SessionWorkflow
{
    public const string Name = "consultation-session";

    public static class States
    {
        public const string Scheduled = "Scheduled";
        public const string AgendaFrozen = "AgendaFrozen";
        public const string InSession = "InSession";
        public const string Held = "Held";
    }

    public static class Triggers
    {
        public const string FreezeAgenda = "freeze-agenda";
        public const string Open = "open";
        public const string Close = "close";
    }
}
