using System.Globalization;
using System.Text;
using ObiDossier.Domain.Anonymisation;

namespace ObiDossier.Domain.Tests.Anonymisation.Corpus;

/// <summary>Counts for one finding kind. A finding counts as found when a finding of the same kind overlaps it.</summary>
public sealed class KindScore
{
    public int Expected { get; set; }
    public int Found { get; set; }
    public int Predicted { get; set; }
    public int Correct { get; set; }
    public int ExactMatches { get; set; }

    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    public void Add(KindScore other)
    {
        Expected += other.Expected;
        Found += other.Found;
        Predicted += other.Predicted;
        Correct += other.Correct;
        ExactMatches += other.ExactMatches;
    }
}

/// <summary>
/// Scores the scanner on the corpus. Matching is by overlap (a finding that covers part of a
/// labelled span of the same kind counts), because an offset or two of difference still hides
/// the value in practice; exact span matches are counted as well and reported beside it.
/// </summary>
public sealed class CorpusEvaluation
{
    public SortedDictionary<string, KindScore> ByKind { get; } = new(StringComparer.Ordinal);
    public List<string> Misses { get; } = [];
    public List<string> FalseAlarms { get; } = [];
    public List<string> Inexact { get; } = [];

    public static CorpusEvaluation Run(AnonymisationScanner scanner, IEnumerable<CorpusText> corpus)
    {
        var evaluation = new CorpusEvaluation();
        foreach (var text in corpus) evaluation.Score(text, scanner.Scan(text.Text, text.Vault));
        return evaluation;
    }

    public KindScore Overall() => Sum(_ => true);

    /// <summary>Vault values and structured identifiers: everything except the name heuristic.</summary>
    public KindScore Identifiers() => Sum(kind => kind != FindingKinds.PersonName);

    private KindScore Sum(Func<string, bool> which)
    {
        var total = new KindScore();
        foreach (var (kind, score) in ByKind) if (which(kind)) total.Add(score);
        return total;
    }

    private void Score(CorpusText text, IReadOnlyList<AnonymisationFinding> predicted)
    {
        foreach (var e in text.Expected)
        {
            var score = For(e.Kind);
            score.Expected++;
            if (predicted.Any(p => p.Kind == e.Kind && Overlaps(p, e))) score.Found++;
            else Misses.Add($"{text.Id}: {e.Kind} '{text.Text.Substring(e.Start, e.Length)}'");
            if (predicted.Contains(e)) score.ExactMatches++;
            else if (predicted.FirstOrDefault(p => p.Kind == e.Kind && Overlaps(p, e)) is { } near)
                Inexact.Add($"{text.Id}: {e.Kind} '{text.Text.Substring(e.Start, e.Length)}' found as '{text.Text.Substring(near.Start, near.Length)}'");
        }
        foreach (var p in predicted)
        {
            var score = For(p.Kind);
            score.Predicted++;
            if (text.Expected.Any(e => e.Kind == p.Kind && Overlaps(p, e))) score.Correct++;
            else FalseAlarms.Add($"{text.Id}: {p.Kind} '{text.Text.Substring(p.Start, p.Length)}'");
        }
    }

    private KindScore For(string kind)
    {
        if (!ByKind.TryGetValue(kind, out var score)) ByKind[kind] = score = new KindScore();
        return score;
    }

    private static bool Overlaps(AnonymisationFinding a, AnonymisationFinding b) =>
        a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    /// <summary>A markdown table: one row per kind, then the identifier and overall totals.</summary>
    public string ToMarkdownTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| kind | expected | found | predicted | correct | recall | precision | exact spans |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (kind, score) in ByKind) Row(sb, kind, score);
        Row(sb, "**vault values + identifiers**", Identifiers());
        Row(sb, "**overall**", Overall());
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string label, KindScore s) =>
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"| {label} | {s.Expected} | {s.Found} | {s.Predicted} | {s.Correct} | {s.Recall:0.000} | {s.Precision:0.000} | {s.ExactMatches}/{s.Expected} |");
}
