using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
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

    public static IReadOnlyDictionary<string, object?> Of(Reason reason, CultureInfo culture)
    {
        var properties = Properties.GetOrAdd(reason.GetType(), type =>
            [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.DeclaringType != typeof(Reason) && p.GetIndexParameters().Length == 0)]);
        var args = new Dictionary<string, object?>(properties.Length);
        foreach (var property in properties)
        {
            args[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = Simple(property.GetValue(reason), culture);
        }

        return args;
    }

    private static object? Simple(object? value, CultureInfo culture) => value switch
    {
        null or string or bool or int or long or double or decimal => value,
        LocalizedText text => text.In(culture.TwoLetterISOLanguageName),
        Enum e => JsonNamingPolicy.CamelCase.ConvertName(e.ToString()),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Reason nested => ReasonDocument.From(nested, culture),
        IEnumerable items => items.Cast<object?>().Select(i => Simple(i, culture)).ToArray(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

/// <summary>Writes an enum as its camelCase name whatever the serializer's own enum setting, so CLI and API documents agree.</summary>
public sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
