using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regie.Core.History;

/// <summary>
/// The stored form of a snapshot and of its figures: compact JSON (camelCase, enums by name, no nulls), read back by the same
/// contract. A snapshot of another format is refused rather than half read.
/// </summary>
public static class SnapshotJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static byte[] Write(BoardSnapshot snapshot) => JsonSerializer.SerializeToUtf8Bytes(snapshot, Options);

    public static BoardSnapshot Read(ReadOnlySpan<byte> json)
    {
        var snapshot = JsonSerializer.Deserialize<BoardSnapshot>(json, Options) ?? throw new JsonException("empty snapshot");
        return snapshot.Format is >= BoardSnapshot.OldestFormat and <= BoardSnapshot.CurrentFormat ? snapshot
            : throw new JsonException($"snapshot format {snapshot.Format}; this Regie reads formats {BoardSnapshot.OldestFormat} to {BoardSnapshot.CurrentFormat}");
    }

    public static string WriteFigures(SnapshotFigures figures) => JsonSerializer.Serialize(figures, Options);

    public static SnapshotFigures ReadFigures(string json) => JsonSerializer.Deserialize<SnapshotFigures>(json, Options) ?? throw new JsonException("empty figures");
}
