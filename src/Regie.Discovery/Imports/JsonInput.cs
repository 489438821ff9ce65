using System.Text;
using System.Text.Json;
using Regie.Core.Imports;

namespace Regie.Discovery.Imports;

/// <summary>
/// Reading a JSON file field by field, with every problem named by its JSON path ("$.services[2].name") in Dutch. The
/// getters return null after adding an error, so a reader goes on and reports all problems at once.
/// </summary>
internal sealed class JsonInput(string fileName, List<ImportIssue> errors)
{
    public static JsonDocument? Parse(Stream stream, string fileName, List<ImportIssue> errors)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        try
        {
            // JsonDocument checks the structure but not the bytes inside strings; a bad byte would only surface when read.
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
        }
        catch (DecoderFallbackException e)
        {
            errors.Add(ImportIssue.AtPath(fileName, "$", $"het bestand is geen geldige UTF-8-tekst (byte {e.Index + 1}). Exporteer het bestand opnieuw."));
            return null;
        }

        try
        {
            return JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (regel {line + 1}, positie {(e.BytePositionInLine ?? 0) + 1})" : "";
            errors.Add(ImportIssue.AtPath(fileName, "$", $"dit is geen geldige JSON{where}. Exporteer het bestand opnieuw."));
            return null;
        }
    }

    public string FileName => fileName;

    public void Error(string path, string message) => errors.Add(ImportIssue.AtPath(fileName, path, message));

    public static string Child(string path, string name) =>
        name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_') ? $"{path}.{name}" : $"{path}[\"{name.Replace("\"", "\\\"")}\"]";

    public static string Item(string path, int index) => $"{path}[{index}]";

    public JsonElement? Object(JsonElement parent, string path, string name, bool required = false) => Get(parent, path, name, JsonValueKind.Object, "een object", required);

    public JsonElement? Array(JsonElement parent, string path, string name, bool required = false) => Get(parent, path, name, JsonValueKind.Array, "een lijst", required);

    public string? String(JsonElement parent, string path, string name, bool required = false) =>
        Get(parent, path, name, JsonValueKind.String, "tekst", required)?.GetString();

    /// <summary>The array's string items; a non-string item is an error at its own path.</summary>
    public IReadOnlyList<string> Strings(JsonElement parent, string path, string name)
    {
        if (Array(parent, path, name) is not { } array)
        {
            return [];
        }

        var items = new List<string>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                items.Add(item.GetString()!);
            }
            else
            {
                Error(Item(Child(path, name), index), $"verwacht tekst, maar gevonden: {Kind(item)}.");
            }

            index++;
        }

        return items;
    }

    public static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "een object",
        JsonValueKind.Array => "een lijst",
        JsonValueKind.String => "tekst",
        JsonValueKind.Number => "een getal",
        JsonValueKind.True or JsonValueKind.False => "ja/nee (boolean)",
        JsonValueKind.Null => "null",
        _ => "niets",
    };

    private JsonElement? Get(JsonElement parent, string path, string name, JsonValueKind kind, string what, bool required)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value) || (value.ValueKind == JsonValueKind.Null && !required))
        {
            if (required)
            {
                Error(Child(path, name), "dit verplichte veld ontbreekt.");
            }

            return null;
        }

        if (value.ValueKind != kind)
        {
            Error(Child(path, name), $"verwacht {what}, maar gevonden: {Kind(value)}.");
            return null;
        }

        return value;
    }
}
