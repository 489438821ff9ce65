using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Regie.Core.Common;

namespace Regie.Core.Explaining;

/// <summary>
/// A reason as the API, the CLI and reports write it: the stable code, its arguments as simple JSON values, and the
/// text in the reader's language, so a client can show the text or build its own from code and arguments.
/// </summary>
public sealed record ReasonDocument(string Code, IReadOnlyDictionary<string, object?> Args, string Text)
{
    public static ReasonDocument From(Reason reason, CultureInfo culture) =>
        new(reason.Code, ReasonArguments.Of(reason, culture), ReasonText.Render(reason, culture));
}

/// <summary>A reason's properties by camelCase name, each turned into a value every JSON serializer writes the same way.</summary>
public static class ReasonArguments
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static IReadOnlyDictionary<string, object?> Of(Reason reason, CultureInfo culture) => Fields(reason, culture, 0);

    // A value inside a reason (a path link, a chain step) is written as its fields, a few levels deep at most.
    private const int MaxDepth = 4;

    private static Dictionary<string, object?> Fields(object value, CultureInfo culture, int depth)
    {
        var properties = PropertiesOf(value.GetType());
        var fields = new Dictionary<string, object?>(properties.Length);
        foreach (var property in properties)
        {
            fields[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = Simple(property.GetValue(value), culture, depth + 1);
        }

        return fields;
    }

    private static object? Simple(object? value, CultureInfo culture, int depth) => value switch
    {
        null or string or bool or int or long or double or decimal => value,
        LocalizedText text => text.In(culture.TwoLetterISOLanguageName),
        Enum e => JsonNamingPolicy.CamelCase.ConvertName(e.ToString()),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Reason nested => ReasonDocument.From(nested, culture),
        IEnumerable items => items.Cast<object?>().Select(i => Simple(i, culture, depth)).ToArray(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ when SingleValue(value) is { } inner => Simple(inner.GetValue(value), culture, depth),
        _ when HasOwnText(value.GetType()) => value.ToString(),
        _ when depth < MaxDepth => Fields(value, culture, depth),
        _ => value.ToString(),
    };

    // A typed id (ServiceId, OrganisationId) is written as the value it wraps.
    private static PropertyInfo? SingleValue(object value) => PropertiesOf(value.GetType()) is [{ Name: "Value" } only] ? only : null;

    // A value that says itself (a Quarter is "2028-Q2") is written as its text; a record's generated ToString does not count.
    private static bool HasOwnText(Type type) => OwnText.GetOrAdd(type, t =>
        t.GetMethod(nameof(ToString), Type.EmptyTypes) is { } method && method.DeclaringType == t && !method.IsDefined(typeof(CompilerGeneratedAttribute), false));

    private static readonly ConcurrentDictionary<Type, bool> OwnText = new();

    private static PropertyInfo[] PropertiesOf(Type type) => Properties.GetOrAdd(type, t =>
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.DeclaringType != typeof(Reason) && p.GetIndexParameters().Length == 0)]);
}

/// <summary>Writes an enum as its camelCase name whatever the serializer's own enum setting, so CLI and API documents agree.</summary>
public sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
