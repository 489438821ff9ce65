using System.Text;
using System.Text.Json;
using Regie.Core.Explaining;
using Regie.Core.Imports;

namespace Regie.Discovery.Imports;

/// <summary>
/// Reading a JSON file field by field, with every problem named by its JSON path ("$.services[2].name") and its reason. The
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
            errors.Add(ImportIssue.AtPath(fileName, "$", new NotUtf8(e.Index + 1)));
            return null;
        }

        try
        {
            return JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            errors.Add(ImportIssue.AtPath(fileName, "$", new NotJson((int?)(e.LineNumber + 1), (int)(e.BytePositionInLine ?? 0) + 1)));
            return null;
        }
    }

    public string FileName => fileName;

    public void Error(string path, ImportReason why) => errors.Add(ImportIssue.AtPath(fileName, path, why));

    public static string Child(string path, string name) =>
        name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_') ? $"{path}.{name}" : $"{path}[\"{name.Replace("\"", "\\\"")}\"]";

    public static string Item(string path, int index) => $"{path}[{index}]";

    public JsonElement? Object(JsonElement parent, string path, string name, bool required = false) => Get(parent, path, name, JsonValueKind.Object, required);

    public JsonElement? Array(JsonElement parent, string path, string name, bool required = false) => Get(parent, path, name, JsonValueKind.Array, required);

    public string? String(JsonElement parent, string path, string name, bool required = false) =>
        Get(parent, path, name, JsonValueKind.String, required)?.GetString();

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
                Error(Item(Child(path, name), index), new WrongJsonType(JsonShape.Text, Kind(item)));
            }

            index++;
        }

        return items;
    }

    public static JsonShape Kind(JsonElement element) => Shape(element.ValueKind);

    private static JsonShape Shape(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => JsonShape.Object,
        JsonValueKind.Array => JsonShape.List,
        JsonValueKind.String => JsonShape.Text,
        JsonValueKind.Number => JsonShape.Number,
        JsonValueKind.True or JsonValueKind.False => JsonShape.Boolean,
        JsonValueKind.Null => JsonShape.Null,
        _ => JsonShape.Nothing,
    };

    private JsonElement? Get(JsonElement parent, string path, string name, JsonValueKind kind, bool required)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value) || (value.ValueKind == JsonValueKind.Null && !required))
        {
            if (required)
            {
                Error(Child(path, name), new RequiredFieldMissing());
            }

            return null;
        }

        if (value.ValueKind != kind)
        {
            Error(Child(path, name), new WrongJsonType(Shape(kind), Kind(value)));
            return null;
        }

        return value;
    }
}
