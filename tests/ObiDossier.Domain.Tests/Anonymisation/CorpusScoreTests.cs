using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Tests.Anonymisation.Corpus;
using Xunit.Abstractions;

namespace ObiDossier.Domain.Tests.Anonymisation;

public sealed class CorpusScoreTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<CorpusText> Corpus = CorpusText.LoadAll();

    [Fact]
    public void Corpus_holds_at_least_sixty_labelled_texts()
    {
        Assert.True(Corpus.Count >= 60, $"only {Corpus.Count} texts");
        Assert.Equal(Corpus.Count, Corpus.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public void Scanner_meets_recall_and_precision_targets_on_the_corpus()
    {
        var evaluation = CorpusEvaluation.Run(new AnonymisationScanner(), Corpus);
        output.WriteLine(evaluation.ToMarkdownTable());
        foreach (var miss in evaluation.Misses) output.WriteLine($"missed: {miss}");
        foreach (var alarm in evaluation.FalseAlarms) output.WriteLine($"false alarm: {alarm}");
        foreach (var inexact in evaluation.Inexact) output.WriteLine($"inexact: {inexact}");

        Assert.True(evaluation.Identifiers().Recall >= 0.98,
            $"recall on vault values and identifiers {evaluation.Identifiers().Recall:0.000}\n{string.Join('\n', evaluation.Misses)}");
        Assert.True(evaluation.Overall().Precision >= 0.90,
            $"overall precision {evaluation.Overall().Precision:0.000}\n{string.Join('\n', evaluation.FalseAlarms)}");
    }
}
