using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Localization;
using ObiDossier.Web.WebUi;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Signatures;

namespace ObiDossier.Web.FormalReports;

/// <summary>
/// Lays the formal report out as a Dutch government document (A4; the ribbon and word mark of the
/// issuing service, a classification band, numbered sections, and on every page a footer naming
/// the recipient with page x of y) and signs it with the service's certificate. Built in memory
/// and returned as bytes: the report is never written to disk.
/// </summary>
internal sealed class FormalReportDocument : IDisposable
{
    private const double Left = 70, Right = 525, Top = 130, Bottom = 760, LabelWidth = 150, Gap = 10, SignatureHeight = 56;

    private static readonly XColor RijksBlue = XColor.FromArgb(0x15, 0x42, 0x73);
    private static readonly XColor BandGrey = XColor.FromArgb(0xE6, 0xEC, 0xF2);
    private static readonly XColor Muted = XColor.FromArgb(0x53, 0x5A, 0x62);

    private readonly IStringLocalizer _text;
    private readonly FormalReportFacts _facts;
    private readonly PdfDocument _document = new();
    private readonly XFont _body, _bold, _small, _title, _heading, _wordmark;
    private XGraphics? _graphics;
    private double _y, _signatureTop;

    private FormalReportDocument(FormalReportFacts facts, IStringLocalizer text)
    {
        ReportFonts.EnsureInstalled();
        (_facts, _text) = (facts, text);
        var unicode = XPdfFontOptions.UnicodeDefault;
        _body = new XFont(ReportFonts.Family, 9.5, XFontStyleEx.Regular, unicode);
        _bold = new XFont(ReportFonts.Family, 9.5, XFontStyleEx.Bold, unicode);
        _small = new XFont(ReportFonts.Family, 7.5, XFontStyleEx.Regular, unicode);
        _title = new XFont(ReportFonts.Family, 18, XFontStyleEx.Bold, unicode);
        _heading = new XFont(ReportFonts.Family, 11, XFontStyleEx.Bold, unicode);
        _wordmark = new XFont(ReportFonts.Family, 10.5, XFontStyleEx.Regular, unicode);
    }

    /// <summary>The signed PDF for <paramref name="facts"/>.</summary>
    public static async Task<byte[]> CreateAsync(FormalReportFacts facts, IStringLocalizer text, X509Certificate2 certificate)
    {
        using var report = new FormalReportDocument(facts, text);
        report.Compose();
        return await report.SignAsync(certificate);
    }

    private string T(string key, params object[] args) => args.Length == 0 ? _text[$"FormalReport.{key}"] : _text[$"FormalReport.{key}", args];

    private void Compose()
    {
        _document.Info.Title = $"{T("Title")} {_facts.CaseReference}";
        _document.Info.Author = T("Organisation");
        _document.Info.Creator = "ObiDossier";
        NewPage();

        Write(T("Title"), _title, RijksBlue);
        Write(T("Subtitle", _facts.Basis.Article), _body, Muted);
        _y += 8;
        Rows(
            (T("Reference"), _facts.CaseReference),
            (T("Recipient"), $"{_facts.RecipientName} ({_facts.RecipientOrganisation})"),
            (T("ApprovedAt"), Dutch.Moment(_facts.ApprovedAt)),
            (T("DownloadedAt"), Dutch.Moment(_facts.DownloadedAt)),
            (T("DisclosureId"), _facts.DisclosureId.ToString()));

        Heading(T("ReleasedSection"));
        Write(T("ReleasedIntro"), _body, Muted);
        _y += 4;
        Rows([.. _facts.Released.Select(r => ((string)_text[$"Field.{r.Field}"], r.Value))]);

        Heading(T("SummarySection"));
        var s = _facts.Summary;
        Rows(
            (_text["Summary.title"], s.Title),
            (_text["Summary.narrative"], s.Narrative ?? ""),
            (_text["Summary.countryOfOrigin"], s.CountryOfOrigin ?? ""),
            (T("Period"), string.Join(" – ", new[] { s.PeriodFrom, s.PeriodTo }.Where(p => !string.IsNullOrWhiteSpace(p)))),
            (_text["Case.Crimes"], string.Join(", ", s.SuspectedCrimes)),
            (_text["Summary.positionHeld"], s.PositionHeld ?? ""));

        Heading(T("BasisSection"));
        var basis = _facts.Basis;
        Rows(
            (T("BasisCode"), basis.Code),
            (T("BasisTitle"), basis.Title),
            (T("BasisArticle"), basis.Article),
            (T("BasisVersion"), basis.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? T("BasisVersionCurrent")),
            (T("Regime"), _facts.Regime));

        Heading(T("AccountabilitySection"));
        Rows(
            (T("DraftedBy"), T("PersonAt", _facts.DrafterName, Dutch.Moment(_facts.DraftedAt))),
            (T("ApprovedBy"), T("PersonAt", _facts.ApproverName, Dutch.Moment(_facts.ApprovedAt))));

        // The signature section stays together: heading, text and the signature's box.
        Ensure(140);
        Heading(T("SignatureSection"));
        Write(T("SignatureText"), _body, XColors.Black);
        // Room for the signature's visible appearance that PDFsharp draws while signing.
        _y += 6;
        Ensure(SignatureHeight);
        _signatureTop = _y;
        _graphics!.Dispose();
        Footers();
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        var g = _graphics;

        // The ribbon at the top centre and the word mark to its right, as on Rijksoverheid documents.
        g.DrawRectangle(new XSolidBrush(RijksBlue), 281, 0, 33, 66);
        g.DrawString(T("Organisation"), _wordmark, XBrushes.Black, 322, 42, XStringFormats.TopLeft);
        g.DrawString(T("Unit"), _small, new XSolidBrush(Muted), 322, 57, XStringFormats.TopLeft);

        // The classification band and the case reference.
        g.DrawRectangle(new XSolidBrush(BandGrey), Left, 92, Right - Left, 20);
        g.DrawString(T("Classification"), _small, new XSolidBrush(RijksBlue), Left + 6, 98, XStringFormats.TopLeft);
        g.DrawString(_facts.CaseReference, _small, new XSolidBrush(RijksBlue), Right - 6, 98, XStringFormats.TopRight);
        _y = Top;
    }

    private void Heading(string text)
    {
        _y += 12;
        Ensure(14 + 3 * _body.Height);
        _graphics!.DrawString(text, _heading, new XSolidBrush(RijksBlue), Left, _y, XStringFormats.TopLeft);
        _y += _heading.Height + 2;
        _graphics.DrawLine(new XPen(RijksBlue, 0.6), Left, _y, Right, _y);
        _y += 6;
    }

    private void Write(string text, XFont font, XColor colour)
    {
        foreach (var line in Wrap(text, font, Right - Left))
        {
            Ensure(font.Height);
            _graphics!.DrawString(line, font, new XSolidBrush(colour), Left, _y, XStringFormats.TopLeft);
            _y += font.Height * 1.15;
        }
    }

    private void Rows(params (string Label, string Value)[] rows)
    {
        var valueWidth = Right - Left - LabelWidth - Gap;
        foreach (var (label, value) in rows)
        {
            var labels = Wrap(label, _bold, LabelWidth);
            var values = Wrap(value.Length == 0 ? "—" : value, _body, valueWidth);
            var lines = Math.Max(labels.Count, values.Count);
            for (var i = 0; i < lines; i++)
            {
                Ensure(_body.Height);
                if (i < labels.Count) _graphics!.DrawString(labels[i], _bold, XBrushes.Black, Left, _y, XStringFormats.TopLeft);
                if (i < values.Count) _graphics!.DrawString(values[i], _body, XBrushes.Black, Left + LabelWidth + Gap, _y, XStringFormats.TopLeft);
                _y += _body.Height * 1.15;
            }
            _y += 3;
        }
    }

    private void Ensure(double height)
    {
        if (_y + height > Bottom) NewPage();
    }

    /// <summary>Words to lines no wider than <paramref name="width"/>; a word longer than a line is cut.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (_graphics!.MeasureString(candidate, font).Width <= width) { line = candidate; continue; }
                if (line.Length > 0) lines.Add(line);
                line = word;
                while (_graphics.MeasureString(line, font).Width > width && line.Length > 1)
                {
                    var fit = line.Length - 1;
                    while (fit > 1 && _graphics.MeasureString(line[..fit], font).Width > width) fit--;
                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    /// <summary>On every page: the recipient's name (a leaked copy names its reader) and page x of y.</summary>
    private void Footers()
    {
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var g = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            g.DrawLine(new XPen(RijksBlue, 0.6), Left, 782, Right, 782);
            g.DrawString(T("Footer", _facts.RecipientName, _facts.CaseReference), _small, XBrushes.Black, Left, 787, XStringFormats.TopLeft);
            g.DrawString(T("Page", i + 1, count), _small, XBrushes.Black, Right, 787, XStringFormats.TopRight);
            g.DrawString(T("FooterNote"), _small, new XSolidBrush(Muted), Left, 798, XStringFormats.TopLeft);
        }
    }

    private async Task<byte[]> SignAsync(X509Certificate2 certificate)
    {
        var signer = new PdfSharpDefaultSigner(certificate, PdfMessageDigestType.SHA256, timeStampAuthorityUri: null);
        DigitalSignatureHandler.ForDocument(_document, signer, new DigitalSignatureOptions
        {
            AppName = "ObiDossier",
            Reason = T("SignatureReason", _facts.CaseReference),
            Location = T("Organisation"),
            ContactInfo = T("Unit"),
            PageIndex = _document.PageCount - 1,
            // PDF coordinates: from the bottom of the page.
            Rectangle = new XRect(Left, _document.Pages[^1].Height.Point - _signatureTop - SignatureHeight, 320, SignatureHeight),
        });
        using var stream = new MemoryStream();
        await _document.SaveAsync(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }
}
