using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ObiDossier.Web.Notifications;

/// <summary>One SMTP session for a batch of notifications (MailKit).</summary>
internal sealed class MailSender(IOptions<MailOptions> options) : IAsyncDisposable
{
    private SmtpClient? _client;

    public async Task SendAsync(IReadOnlyList<string> to, string subject, string body, CancellationToken ct)
    {
        var o = options.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(o.From));
        foreach (var address in to) message.To.Add(MailboxAddress.Parse(address));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body + "\n\nDit bericht bevat geen persoonsgegevens. Open ObiDossier voor de zaak.\n" };

        var client = await ConnectedAsync(o, ct);
        await client.SendAsync(message, ct);
    }

    private async Task<SmtpClient> ConnectedAsync(MailOptions o, CancellationToken ct)
    {
        if (_client is { IsConnected: true }) return _client;
        _client?.Dispose();
        _client = new SmtpClient();
        await _client.ConnectAsync(o.Host ?? "localhost", o.Port, o.Security, ct);
        if (!string.IsNullOrEmpty(o.UserName)) await _client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
        return _client;
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is null) return;
        try
        {
            if (_client.IsConnected) await _client.DisconnectAsync(quit: true);
        }
        catch (Exception e) when (e is IOException or MailKit.ProtocolException or MailKit.CommandException)
        {
            // The messages were sent; a failed goodbye changes nothing.
        }
        _client.Dispose();
    }
}
