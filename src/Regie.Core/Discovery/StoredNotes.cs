using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Regie.Core.Explaining;

namespace Regie.Core.Discovery;

/// <summary>
/// Discovery notes as they are stored (a run's outcomes in the database, a line of a checkpoint):
/// <c>{"code":"cnameLoop","args":{"start":"…","target":"…"}}</c>, read back into the same reason so that a stored run
/// is worded again in the reader's language. A plain string, as runs and checkpoints held before notes were values,
/// reads as a <see cref="CollectorNote"/> with that text; so does the code of a kind this version does not know.
/// </summary>
public sealed class StoredNotes : JsonConverter<DiscoveryReason>
{
    /// <summary>
    /// Every kind of note by its code. Written out rather than found by reflection: a stored code is a promise, and renaming
    /// a reason must be a visible change here (tests/Regie.Core.Tests/Discovery/StoringNotes.cs checks every kind is listed).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Type> Kinds = new[]
    {
        typeof(NotADomainName), typeof(LookupFailed), typeof(CnameLoop), typeof(CnameChainTooLong), typeof(SeveralSpfRecords),
        typeof(SpfLookupLimitReached), typeof(SpfLoop), typeof(NameServersNotRecognised), typeof(SpfNamesSeveralMailProviders),
        typeof(NoMailboxBehindGateway), typeof(MailExchangersNotRecognised), typeof(NoMailExchangers), typeof(DomainWithScheme),
        typeof(DomainNotValid), typeof(DomainTooFewLabels), typeof(DomainLabelNotValid), typeof(CollectorNote),
        typeof(DomainIsRegisterWebsite), typeof(DomainIsMemberMailDomain), typeof(DomainApprovedForBoard), typeof(DomainReservedForTesting),
        typeof(DomainNotTheBoardsOwn),
    }.ToDictionary(Reason.CodeOf, StringComparer.Ordinal);

    // The arguments' own format, whatever options the caller stores the rest with.
    private static readonly JsonSerializerOptions Arguments = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public override DiscoveryReason Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new CollectorNote(reader.GetString() ?? "");
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var note = document.RootElement;
        if (note.ValueKind != JsonValueKind.Object || !note.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.String)
        {
            throw new JsonException("a stored note is a text or {code, args}");
        }

        if (!Kinds.TryGetValue(code.GetString()!, out var kind))
        {
            return new CollectorNote(code.GetString()!);
        }

        var args = note.TryGetProperty("args", out var written) && written.ValueKind == JsonValueKind.Object ? written.GetRawText() : "{}";
        return (DiscoveryReason)(JsonSerializer.Deserialize(args, kind, Arguments) ?? throw new JsonException($"note {code.GetString()} without arguments"));
    }

    public override void Write(Utf8JsonWriter writer, DiscoveryReason value, JsonSerializerOptions options)
    {
        if (!Kinds.ContainsKey(value.Code))
        {
            throw new JsonException($"{value.Code} is not in {nameof(StoredNotes)}.{nameof(Kinds)}; add it there to store it.");
        }

        var args = JsonSerializer.SerializeToNode(value, value.GetType(), Arguments)?.AsObject() ?? new JsonObject();
        args.Remove("code");
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WritePropertyName("args");
        args.WriteTo(writer);
        writer.WriteEndObject();
    }
}
