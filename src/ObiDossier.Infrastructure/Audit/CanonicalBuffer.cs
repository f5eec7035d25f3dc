using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// A reusable byte buffer for the length-prefixed canonical encoding that every audit hash is
/// taken over. Each value is written with a type-free but unambiguous framing: integers as
/// fixed-width big-endian, strings and byte runs as presence byte + 4-byte length + bytes, so
/// no two different field lists encode to the same bytes (unlike JSON, where escaping and
/// property order vary between serialisers). Not thread-safe: one per hashing loop.
/// </summary>
internal sealed class CanonicalBuffer
{
    private byte[] _buffer = new byte[512];
    private int _length;

    public void Reset() => _length = 0;

    public void WriteInt64(long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(Grow(8), value);
    }

    public void WriteInt32(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(Grow(4), value);
    }

    public void WriteFixed(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Grow(bytes.Length));

    public void WriteString(string? value)
    {
        if (value is null)
        {
            Grow(1)[0] = 0;
            return;
        }
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        var header = Grow(5);
        header[0] = 1;
        var start = _length;
        var written = Encoding.UTF8.GetBytes(value, Grow(max));
        _length = start + written;
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(start - 4, 4), written);
    }

    /// <summary>Writes a string already in UTF-8 (the verifier's allocation-free path).</summary>
    public Span<byte> BeginUtf8(int byteCount)
    {
        var header = Grow(5);
        header[0] = 1;
        BinaryPrimitives.WriteInt32BigEndian(header[1..], byteCount);
        return Grow(byteCount);
    }

    public void WriteNull() => Grow(1)[0] = 0;

    public void WriteGuid(Guid? value)
    {
        if (value is not { } guid)
        {
            Grow(1)[0] = 0;
            return;
        }
        var span = Grow(17);
        span[0] = 1;
        guid.TryWriteBytes(span[1..], bigEndian: true, out _);
    }

    /// <summary>The bytes <paramref name="write"/> encodes, for a prefix that every hash of a kind starts with.</summary>
    public static byte[] Encode(Action<CanonicalBuffer> write)
    {
        var buffer = new CanonicalBuffer();
        write(buffer);
        return buffer._buffer.AsSpan(0, buffer._length).ToArray();
    }

    public void HashTo(Span<byte> destination) => Sha256.HashData(_buffer.AsSpan(0, _length), destination);

    private Span<byte> Grow(int count)
    {
        if (_length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }
        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }
}
