using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// SHA-256 of a short span into a span, without allocation, for the verifier's three hashes per
/// entry. <see cref="SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/> goes through OpenSSL's
/// EVP layer, whose fixed cost per call (about 0.4 µs: context, algorithm fetch) is several times
/// the hashing of a 65-byte Merkle node; OpenSSL's plain <c>SHA256_Init/Update/Final</c> on a
/// context on the stack skip it (same compression function, same digest). Used only where that
/// library is present and agrees with <see cref="SHA256"/> on a self-test; otherwise, and for
/// long inputs, <see cref="SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/>.
/// </summary>
internal static unsafe class Sha256
{
    /// <summary>Above this the fixed cost no longer matters, and a native call should stay short.</summary>
    private const int ShortInput = 4096;

    /// <summary>OpenSSL's SHA256_CTX is 112 bytes on 64-bit platforms; room to spare.</summary>
    private const int ContextSize = 256;

    private static readonly delegate* unmanaged[SuppressGCTransition]<byte*, int> Init;
    private static readonly delegate* unmanaged[SuppressGCTransition]<byte*, byte*, nuint, int> Update;
    private static readonly delegate* unmanaged[SuppressGCTransition]<byte*, byte*, int> Final;

    /// <summary>True when the OpenSSL low-level functions are in use (reported by tests and the benchmark).</summary>
    public static bool Native { get; }

    static Sha256()
    {
        if (!OperatingSystem.IsLinux()
            || !(NativeLibrary.TryLoad("libcrypto.so.3", out var library) || NativeLibrary.TryLoad("libcrypto.so.1.1", out library))
            || !NativeLibrary.TryGetExport(library, "SHA256_Init", out var init)
            || !NativeLibrary.TryGetExport(library, "SHA256_Update", out var update)
            || !NativeLibrary.TryGetExport(library, "SHA256_Final", out var final))
        {
            return;
        }
        Init = (delegate* unmanaged[SuppressGCTransition]<byte*, int>)init;
        Update = (delegate* unmanaged[SuppressGCTransition]<byte*, byte*, nuint, int>)update;
        Final = (delegate* unmanaged[SuppressGCTransition]<byte*, byte*, int>)final;
        Native = SelfTest();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void HashData(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if (!Native || source.Length > ShortInput || destination.Length < AuditHashing.HashSize)
        {
            SHA256.HashData(source, destination);
            return;
        }
        NativeHash(source, destination);
    }

    private static void NativeHash(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var context = stackalloc byte[ContextSize];
        fixed (byte* data = source)
        fixed (byte* digest = destination)
        {
            if (Init(context) != 1 || Update(context, data, (nuint)source.Length) != 1 || Final(digest, context) != 1)
            {
                SHA256.HashData(source, destination);
            }
        }
    }

    // Lengths around the 55/56/64-byte padding boundaries and the verifier's own sizes.
    private static bool SelfTest()
    {
        Span<byte> input = stackalloc byte[300];
        for (var i = 0; i < input.Length; i++) input[i] = (byte)(i * 31 + 7);
        Span<byte> expected = stackalloc byte[32];
        Span<byte> actual = stackalloc byte[32];
        foreach (var length in (ReadOnlySpan<int>)[0, 1, 55, 56, 63, 64, 65, 113, 119, 250, 300])
        {
            SHA256.HashData(input[..length], expected);
            NativeHash(input[..length], actual);
            if (!expected.SequenceEqual(actual)) return false;
        }
        return true;
    }
}
