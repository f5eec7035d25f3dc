using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Sessions;

namespace ObiDossier.Web.Notifications;

/// <summary>
/// The Dutch notification texts. They take only a case reference, a state and dates, so no
/// personal data (and no free text a user typed, which could hold some) can reach a mailbox.
/// </summary>
internal static class NotificationTexts
{
    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>"2 december 2026" (the host runs with invariant globalisation, so no nl-NL culture).</summary>
    public static string Date(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    public static string CaseSubject(string reference) => $"ObiDossier: zaak {reference}";

    /// <summary>The text for a case transition as seen by <paramref name="role"/>.</summary>
    public static string ForCaseTransition(string trigger, string role, string reference, string state, DateOnly? sessionDate) => trigger switch
    {
        CaseWorkflow.Triggers.Submit => $"Zaak {reference} is ingediend en wacht op de controle van de anonimisering.",
        CaseWorkflow.Triggers.RejectAnonymisation => $"De anonimisering van zaak {reference} is afgekeurd; de zaak is terug in concept.",
        CaseWorkflow.Triggers.AgendaFrozen when sessionDate is { } d => $"Zaak {reference} staat op de agenda van {Date(d)}.",
        CaseWorkflow.Triggers.FlagInterest => $"Het OM heeft interesse in zaak {reference}.",
        CaseWorkflow.Triggers.DeclineInterest => $"Het OM heeft geen interesse in zaak {reference}.",
        CaseWorkflow.Triggers.RequestInformation => $"Het OM heeft een vraag gesteld over zaak {reference}.",
        CaseWorkflow.Triggers.Answer when role == Domain.Roles.IndOfficer => $"Het antwoord op de vraag van het OM over zaak {reference} wacht op de controle van de anonimisering.",
        CaseWorkflow.Triggers.Answer or CaseWorkflow.Triggers.ApproveAnswer => $"De vraag over zaak {reference} is beantwoord; de zaak komt op de agenda van een volgende zitting.",
        CaseWorkflow.Triggers.RejectAnswer => $"Het antwoord op de vraag over zaak {reference} is afgekeurd; de vraag staat weer open.",
        CaseWorkflow.Triggers.DraftReport => $"In zaak {reference} wacht een verstrekking van persoonsgegevens op de juridische toets.",
        CaseWorkflow.Triggers.ApproveDisclosure when role == Domain.Roles.OmProsecutor =>
            $"De persoonsgegevens in zaak {reference} zijn aan u verstrekt; bevestig de ontvangst.",
        CaseWorkflow.Triggers.ApproveDisclosure => $"De verstrekking in zaak {reference} is goedgekeurd.",
        CaseWorkflow.Triggers.RejectDisclosure => $"De verstrekking in zaak {reference} is afgewezen bij de juridische toets.",
        CaseWorkflow.Triggers.AcknowledgeReceipt => $"Het OM heeft de ontvangst in zaak {reference} bevestigd; de zaak is gesloten.",
        CaseWorkflow.Triggers.Withdraw => $"Zaak {reference} is door de IND ingetrokken.",
        CaseWorkflow.Triggers.DeadlinePassed => $"Het OM heeft niet op tijd gereageerd op zaak {reference}; de zaak staat nu op 'geen interesse'.",
        _ => $"Zaak {reference} heeft nu de status {state}.",
    };

    public static string SessionSubject(DateOnly date) => $"ObiDossier: zitting van {Date(date)}";

    public static string ForSessionTransition(string trigger, DateOnly date, int agendaCount) => trigger switch
    {
        SessionWorkflow.Triggers.FreezeAgenda => $"De agenda van de zitting van {Date(date)} is vastgesteld: {agendaCount} {(agendaCount == 1 ? "zaak" : "zaken")}.",
        SessionWorkflow.Triggers.Open => $"De zitting van {Date(date)} is geopend.",
        SessionWorkflow.Triggers.Close => $"De zitting van {Date(date)} is gesloten.",
        _ => $"De zitting van {Date(date)} is gewijzigd.",
    };

    public static string ForReminder(string kind, string reference, DateOnly since) => kind switch
    {
        ReminderKinds.Question => $"Herinnering: de vraag van het OM over zaak {reference} is sinds {Date(since)} onbeantwoord.",
        ReminderKinds.LegalReview => $"Herinnering: de verstrekking in zaak {reference} wacht sinds {Date(since)} op de juridische toets.",
        ReminderKinds.Acknowledge => $"Herinnering: bevestig de ontvangst van de op {Date(since)} verstrekte gegevens in zaak {reference}.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown reminder."),
    };
}

/// <summary>The reminders the <c>reminders</c> job sends, once per item each.</summary>
internal static class ReminderKinds
{
    public const string Question = "question";
    public const string LegalReview = "legal-review";
    public const string Acknowledge = "acknowledge";
}
