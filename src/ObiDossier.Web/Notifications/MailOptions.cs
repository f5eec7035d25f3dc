using MailKit.Security;

namespace ObiDossier.Web.Notifications;

/// <summary>The <c>ObiDossier:Mail</c> section: e-mail delivery of notifications, off by default.</summary>
public sealed class MailOptions
{
    public const string Section = "ObiDossier:Mail";

    public bool Enabled { get; set; }
    public string? Host { get; set; }
    public int Port { get; set; } = 25;

    /// <summary>MailKit's <see cref="SecureSocketOptions"/>: <c>None</c>, <c>Auto</c>, <c>SslOnConnect</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c>.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "ObiDossier <obidossier@localhost>";

    /// <summary>
    /// Addresses per role name or user id (a user's own entry wins over the role's), each a list
    /// separated by <c>;</c> or <c>,</c>: <c>ObiDossier:Mail:Recipients:ind-officer=1f-unit@ind.example</c>.
    /// </summary>
    public Dictionary<string, string> Recipients { get; set; } = new(StringComparer.Ordinal);

    /// <summary>After this many failed attempts a notification's mail is given up (it stays in the app).</summary>
    public int MaxAttempts { get; set; } = 5;

    public IReadOnlyList<string> AddressesFor(string role, string? userId)
    {
        var list = userId is not null && Recipients.TryGetValue(userId, out var own) ? own
            : Recipients.TryGetValue(role, out var forRole) ? forRole : null;
        return list is null ? [] : list.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }
}
