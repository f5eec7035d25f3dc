using System.Security.Cryptography;
using System.Text;

namespace ObiDossier.Benchmarks.Data;

/// <summary>
/// The seeded cases, numbered 1..N and fully determined by their number, so the seeders (C# for
/// SQLite, plain SQL for PostgreSQL) and the load generators agree without reading anything back.
/// </summary>
internal static class CaseRows
{
    public const string Author = "bench-author";
    public const string Officer = "bench-officer";
    public const string ReviewState = "AnonymisationReview";
    public const string FilterState = "Queued";
    public static readonly DateTimeOffset Epoch = new(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Every tenth case waits in review; the rest spread over the other states.
    private static readonly string[] OtherStates = ["Draft", "Queued", "OnAgenda", "NoInterest", "Closed", "Released", "InterestFlagged"];

    /// <summary>md5 of a fixed text, as PostgreSQL computes it with <c>md5('obidossier-bench-case-' || n)::uuid</c>.</summary>
    /// <remarks>MD5 only as a name-to-id function both sides can compute, not for security.</remarks>
#pragma warning disable CA5351
    public static Guid Id(long n) =>
        Guid.ParseExact(Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes($"obidossier-bench-case-{n}"))), "N");
#pragma warning restore CA5351

    public static string Reference(long n) => $"1F-B-{n:D8}";

    /// <summary>Two cases share each creation time, so keyset pages also exercise the Reference tie-break.</summary>
    public static DateTimeOffset CreatedAt(long n) => Epoch.AddSeconds(n / 2 * 240);

    public static string State(long n) => n % 10 == 0 ? ReviewState : OtherStates[n % OtherStates.Length];

    /// <summary>Cases the HTTP benchmark sends back (n ≡ 0 mod 20), newest first.</summary>
    public static long[] ForHttp(int cases) => Reviewable(cases, 0);

    /// <summary>Cases the plain-transaction baseline updates (n ≡ 10 mod 20): the same rows, never the same row twice.</summary>
    public static long[] ForBaseline(int cases) => Reviewable(cases, 10);

    private static long[] Reviewable(int cases, int remainder) =>
        [.. Enumerable.Range(1, cases).Where(n => n % 20 == remainder).Select(n => (long)n).Reverse()];
}
