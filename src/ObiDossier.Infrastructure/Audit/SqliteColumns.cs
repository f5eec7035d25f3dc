using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SQLitePCL;

namespace ObiDossier.Infrastructure.Audit;

/// <summary>
/// The current row of a prepared SQLite statement, read column by column for the verifier. A
/// row's 21 columns take about 50 <c>sqlite3_column_*</c> calls; through SQLitePCL each one is a
/// P/Invoke with a GC transition and a <see cref="SafeHandle"/> add-ref and release, which was
/// about half of <c>audit verify</c>'s CPU per entry (profiled with dotnet-trace). Here they go
/// straight to the same e_sqlite3 library SQLitePCL loaded, through function pointers without a
/// GC transition (each call only reads the row SQLite already decoded in <c>sqlite3_step</c>: no
/// I/O, no lock held for long), on the raw statement pointer the caller keeps alive. Where that
/// library cannot be found, or is not the one SQLitePCL uses, through SQLitePCL as before.
/// </summary>
internal readonly unsafe ref struct SqliteColumns(sqlite3_stmt statement, nint pointer)
{
    private static readonly delegate* unmanaged[SuppressGCTransition]<nint, int, int> ColumnType;
    private static readonly delegate* unmanaged[SuppressGCTransition]<nint, int, long> ColumnInt64;
    private static readonly delegate* unmanaged[SuppressGCTransition]<nint, int, int> ColumnInt;
    private static readonly delegate* unmanaged[SuppressGCTransition]<nint, int, byte*> ColumnBlob;
    private static readonly delegate* unmanaged[SuppressGCTransition]<nint, int, int> ColumnBytes;
    private static readonly delegate* unmanaged<nint, int> StepNative;

    /// <summary>True when the columns are read straight from e_sqlite3 (reported by the throughput test).</summary>
    public static bool Native { get; }

    static SqliteColumns()
    {
        if (!NativeLibrary.TryLoad("e_sqlite3", typeof(raw).Assembly, null, out var library)
            || !NativeLibrary.TryGetExport(library, "sqlite3_column_type", out var type)
            || !NativeLibrary.TryGetExport(library, "sqlite3_column_int64", out var int64)
            || !NativeLibrary.TryGetExport(library, "sqlite3_column_int", out var int32)
            || !NativeLibrary.TryGetExport(library, "sqlite3_column_blob", out var blob)
            || !NativeLibrary.TryGetExport(library, "sqlite3_column_bytes", out var bytes)
            || !NativeLibrary.TryGetExport(library, "sqlite3_step", out var step)
            || !NativeLibrary.TryGetExport(library, "sqlite3_memory_used", out var memoryUsed)
            || !NativeLibrary.TryGetExport(library, "sqlite3_libversion_number", out var version))
        {
            return;
        }
        // The same library as SQLitePCL's, not a second copy: same version, and its allocator in
        // use while SQLitePCL holds a connection open (a copy nobody opened reports 0 bytes).
        bool sameLibrary;
        raw.sqlite3_open(":memory:", out var probe);
        using (probe)
        {
            sameLibrary = ((delegate* unmanaged<int>)version)() == raw.sqlite3_libversion_number()
                && ((delegate* unmanaged<long>)memoryUsed)() > 0;
        }
        if (!sameLibrary)
        {
            return;
        }
        ColumnType = (delegate* unmanaged[SuppressGCTransition]<nint, int, int>)type;
        ColumnInt64 = (delegate* unmanaged[SuppressGCTransition]<nint, int, long>)int64;
        ColumnInt = (delegate* unmanaged[SuppressGCTransition]<nint, int, int>)int32;
        ColumnBlob = (delegate* unmanaged[SuppressGCTransition]<nint, int, byte*>)blob;
        ColumnBytes = (delegate* unmanaged[SuppressGCTransition]<nint, int, int>)bytes;
        // With the GC transition: a step reads pages (I/O) and may wait in the busy handler.
        StepNative = (delegate* unmanaged<nint, int>)step;
        Native = true;
    }

    /// <summary>Moves the statement to its next row: SQLite's result code (no SafeHandle add-ref and release per row).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Step() => Native ? StepNative(pointer) : raw.sqlite3_step(statement);

    public bool IsNull(int ordinal) => Type(ordinal) == raw.SQLITE_NULL;

    public int Type(int ordinal) => Native ? ColumnType(pointer, ordinal) : raw.sqlite3_column_type(statement, ordinal);

    public long Int64(int ordinal) => Native ? ColumnInt64(pointer, ordinal) : raw.sqlite3_column_int64(statement, ordinal);

    public int Int32(int ordinal) => Native ? ColumnInt(pointer, ordinal) : raw.sqlite3_column_int(statement, ordinal);

    /// <summary>The column's bytes (text as stored UTF-8), valid until the statement moves on.</summary>
    public ReadOnlySpan<byte> Bytes(int ordinal)
    {
        if (!Native)
        {
            return raw.sqlite3_column_blob(statement, ordinal);
        }
        // Blob first, then its length, as SQLite's documentation asks.
        var data = ColumnBlob(pointer, ordinal);
        return data is null ? [] : new ReadOnlySpan<byte>(data, ColumnBytes(pointer, ordinal));
    }

    /// <summary>
    /// The column's bytes, or false when it is NULL: two calls for a value rather than three
    /// (type, blob, length). SQLite gives no pointer for NULL and for an empty value alike, so
    /// only then is the type asked.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryBytes(int ordinal, out ReadOnlySpan<byte> value)
    {
        if (!Native)
        {
            value = raw.sqlite3_column_blob(statement, ordinal);
            return value.Length > 0 || raw.sqlite3_column_type(statement, ordinal) != raw.SQLITE_NULL;
        }
        var data = ColumnBlob(pointer, ordinal);
        if (data is null)
        {
            value = [];
            return ColumnType(pointer, ordinal) != raw.SQLITE_NULL;
        }
        value = new ReadOnlySpan<byte>(data, ColumnBytes(pointer, ordinal));
        return true;
    }
}
