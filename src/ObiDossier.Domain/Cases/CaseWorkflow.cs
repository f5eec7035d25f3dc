namespace ObiDossier.Domain.Cases;

/// <summary>
/// The 1F case workflow. The names of <c>workflows/1f-case.v3.json</c> (and earlier versions), written once: code
/// refers to states and triggers through these constants, and a test checks them against the JSON.
/// </summary>
public static class CaseWorkflow
{
    public const string Name = "1f-case";

    public static class States
    {
        public const string Draft = "Draft";
        public const string AnonymisationReview = "AnonymisationReview";
        public const string Queued = "Queued";
        public const string OnAgenda = "OnAgenda";
        public const string InformationRequested = "InformationRequested";
        public const string InterestFlagged = "InterestFlagged";
        public const string LegalReview = "LegalReview";
        public const string Released = "Released";
        public const string NoInterest = "NoInterest";
        public const string Closed = "Closed";
        public const string Withdrawn = "Withdrawn";
        public const string AnswerReview = "AnswerReview";
    }

    public static class Triggers
    {
        public const string Submit = "submit";
        public const string ApproveAnonymisation = "approve-anonymisation";
        public const string RejectAnonymisation = "reject-anonymisation";
        public const string AgendaFrozen = "agenda-frozen";
        public const string FlagInterest = "flag-interest";
        public const string DeclineInterest = "decline-interest";
        public const string RequestInformation = "request-information";
        public const string Answer = "answer";
        public const string DeadlinePassed = "deadline-passed";
        public const string DraftReport = "draft-report";
        public const string ApproveDisclosure = "approve-disclosure";
        public const string RejectDisclosure = "reject-disclosure";
        public const string AcknowledgeReceipt = "acknowledge-receipt";
        public const string Close = "close";
        public const string Withdraw = "withdraw";
        public const string ApproveAnswer = "approve-answer";
        public const string RejectAnswer = "reject-answer";
        public const string DemandData = "demand-data";
        public const string Reopen = "reopen";
        public const string RecordOutcome = "record-outcome";
    }
}
